import type { site as id } from "./site.id.ts";

/** The words of the site's pages in English; the same keys and placeholders as site.id.ts. */
export const site = {
  // The frame of every page: the site's name, the language switch, navigation, link previews, the footer.
  "site.name": "Lentera",
  "site.tagline": "Poverty data and the plan to reduce it",
  "lang.name": "English",
  "lang.switch": "Bahasa Indonesia",
  "lang.switchLabel": "Baca halaman ini dalam Bahasa Indonesia",
  "nav.label": "Main navigation",
  "nav.home": "Home",
  "nav.strategies": "Strategies",
  "nav.kecamatan": "Kecamatan",
  "nav.indicators": "Indicators",
  "nav.agencies": "Agencies",
  "nav.data": "Data",
  "nav.method": "Methodology",
  "nav.about": "About",
  "nav.search": "Search",
  "nav.skip": "Skip to content",
  "nav.picker": "Choose a kecamatan",
  "nav.breadcrumb": "Breadcrumb",
  "nav.footer": "All pages",
  "meta.ogLocale": "en_US",
  "meta.ogImageAlt": "Lentera preview card: {title}",
  "og.kicker": "{site} · {place}",
  "og.planBudget": "{year} action plan budget · activities: {n}",
  "og.kecamatanCount": "kecamatan, each with a profile page",
  "og.villages": "villages (desa and kelurahan)",
  "footer.publisher": "Published for the {publisher}. Data version {version}.",
  "footer.static": "A static site: every page and chart reads without JavaScript.",
  "footer.sources": "Data sources are named under every chart and on the Methodology page.",
  "footer.licence": "Text and data: CC BY 4.0. Boundaries and other sources: see the methodology page.",
  "print.url": "Printed from {url}",

  // The place: its name by kind (settings "kind" in datapackage.json) and the common noun for it.
  "place.name.kabupaten": "{name} Regency",
  "place.name.kota": "{name} City",
  "place.word.kabupaten": "regency",
  "place.word.kota": "city",

  // Words of tables and figures on many pages.
  nodata: "No data yet",
  "sample.plan": "The {year} action plan and all kecamatan indicators on this site are sample data, not official TKPK figures.",
  "sample.badge": "Sample data",
  "sample.explain": "Figures marked sample data are invented to show how the site works; they are not official data.",
  "table.year": "Year",
  "table.value": "Value",
  "table.area": "Area",
  "table.indicator": "Indicator",
  "table.source": "Source",
  "table.period": "Period",
  "status.provisional": "provisional",
  "status.estimate": "estimate",
  "status.sample": "sample data",
  "kind.label": "Kind of data",
  "kind.estimate": "Statistical estimate",
  "kind.administrative": "Administrative count",
  "kind.census": "Census count",
  "kind.geographic": "Geographic measure",
  "kind.sample": "Sample data",
  "better.lower": "Lower is better",
  "better.higher": "Higher is better",
  "better.neutral": "Neither direction is better",

  // Facts of a plan and the actions table; action.status.* name an action's state.
  "facts.actions": "Activities",
  "facts.budget": "Budget",
  "facts.realised": "Spent",
  "facts.agencies": "Agencies",
  "facts.kecamatan": "Kecamatan named as a location",
  "facts.indicators": "Indicators it aims at",
  "action.strategy": "Strategy",
  "action.total": "Total budget",
  "action.notYet": "none yet",
  "action.outputOf": "{done} of {target} {unit}",
  "action.budgetNote": "Budget and spending are given for the whole activity, including its other locations.",
  "action.status.planned": "planned",
  "action.status.ongoing": "ongoing",
  "action.status.done": "done",
  "action.status.delayed": "delayed",
  "action.id": "Code",
  "action.activity": "Activity",
  "action.agency": "Agency",
  "action.locations": "Location",
  "action.targetGroup": "Target group",
  "action.output": "Output target",
  "action.budget": "Budget",
  "action.regencyWide": "Whole {placeWord}",
  "action.statusRealisation": "Status and spending",

  // Sentences about a figure (say.*), a kecamatan beside the regency (compare.*), the rank convention (rank.*).
  "say.flag.provisional": " (provisional)",
  "say.flag.estimate": " (estimate)",
  "say.flag.sample": " (sample data)",
  "say.delta.points": "{n} percentage points",
  "say.delta.index": "{n} points",
  "say.latest": "In {when}, the {name} of {area} was {value}{flag}.",
  "say.change": "That is {parts}.",
  "say.change.down": "down {delta} from {value} in {year}",
  "say.change.up": "up {delta} from {value} in {year}",
  "say.change.same": "the same as in {year}",
  "say.target": "The target for {year} ({document}) was {target}.",
  "say.target.better": "The figure is {delta} better than the target.",
  "say.target.worse": "The figure falls short of the target by {delta}.",
  "say.target.equal": "The figure is exactly on target.",
  "say.target.within": "The figure is within the target range.",
  "say.target.above": "The figure is {delta} above the target.",
  "say.target.below": "The figure is {delta} below the target.",
  "say.compare": "For comparison, in {when} the figure was {parts}.",
  "say.compare.part": "{value} for {area}",
  "compare.same": "about the same as the {placeWord} figure",
  "compare.littleHigher": "a little higher than the {placeWord} figure",
  "compare.littleLower": "a little lower than the {placeWord} figure",
  "compare.times": "about {ratio} times the {placeWord} figure",
  "compare.twice": "about twice the {placeWord} figure",
  "compare.half": "about half the {placeWord} figure",
  "compare.third": "about a third of the {placeWord} figure",
  "compare.quarter": "about a quarter of the {placeWord} figure",
  "compare.twoThirds": "about two-thirds of the {placeWord} figure",
  "compare.threeQuarters": "about three-quarters of the {placeWord} figure",
  "compare.tenth": "less than a tenth of the {placeWord} figure",
  "compare.share": "about {share} of the {placeWord} total",
  "compare.shareSmall": "less than 1% of the {placeWord} total",
  "rank.of": "rank {rank} of {of}",
  "rank.rule.lower": "rank 1 = lowest (best)",
  "rank.rule.higher": "rank 1 = highest (best)",
  "rank.rule.neutral": "rank 1 = highest (neither direction is better)",
  "rank.rule.short": "Rank 1 = the best figure; for an indicator where neither direction is better, the highest.",
  "rank.rule":
    "Kecamatan ranks: rank 1 is the best figure by the indicator's direction, that is the lowest when lower is better and the highest when higher is better. For an indicator where neither direction is better (population, for example), rank 1 is the highest figure. Kecamatan with the same figure share a rank. All kecamatan are compared in the same year: the latest year with figures for at least half of them.",

  // Home page.
  "home.title": "Poverty in {regency}",
  "home.description": "Poverty figures for {place} and the TKPK's action plan to reduce poverty: by strategy, by kecamatan and by agency.",
  "home.latest.title": "The latest figure",
  "home.depth.title": "How deep the poverty is",
  "home.depth.intro":
    "The headcount only says how many people live below the poverty line. The indicators below show how deep that poverty is.",
  "home.strategies.title": "The strategies of the {year} action plan",
  "home.strategies.intro":
    "The TKPK's annual action plan follows {n} strategies. Each has its activities, budget, agencies and the indicators it aims to move.",
  "home.strategies.basis": "The strategies follow {basis}.",
  "home.map.title": "Kecamatan",
  "home.map.intro":
    "The map shows how many activities of the action plan are located in each kecamatan. Choose a kecamatan to see its profile: indicators, rank and the activities there.",
  "home.kecamatanList": "All kecamatan",
  "home.tkpk.title": "The TKPK and the annual action plan",

  // Strategy pages.
  "strategy.number": "Strategy {n}",
  "strategy.index.title": "Poverty-reduction strategies",
  "strategy.index.description":
    "The strategies of the {regency} TKPK action plan: each strategy's activities, budget, agencies and indicators.",
  "strategy.actions.title": "Activities in the {year} action plan",
  "strategy.actions.caption": "Activities of the strategy {name}, {year}",
  "strategy.actions.none": "The action plan has no activities for this strategy yet.",
  "strategy.budget.title": "Budget and spending",
  "strategy.indicators.title": "The indicators it aims to move",
  "strategy.indicators.intro": "Besides the indicators below, all strategies together aim to bring poverty down:",
  "strategy.indicators.none": "There is no {placeWord} figure for this indicator yet; see its indicator page.",
  "strategy.where.title": "Where the activities are",
  "strategy.where.regencyWide": "Activities for the whole {placeWord}: {n}.",
  "strategy.where.count": "{name} ({n})",
  "strategy.content.title": "What it means",

  // Kecamatan pages (kec.*) and the columns of a kecamatan's facts (kecamatan.*).
  "kec.title": "Kecamatan {name}",
  "kec.description":
    "Profile of Kecamatan {name}, {regency}: indicators beside the {placeWord} figure, rank among the {n} kecamatan, and the action plan's activities there.",
  "kec.lead": "One of the {n} kecamatan (sub-districts) of {place}, {province}.",
  "kec.leadNoProvince": "One of the {n} kecamatan (sub-districts) of {place}.",
  "kec.altNames": "Other names or spellings: {names}.",
  "kec.profile.title": "Profile",
  "kec.area": "Area",
  "kec.population": "Population",
  "kec.note.title": "Notes on this kecamatan",
  "kec.indicators.title": "Indicators beside the {placeWord}",
  "kec.indicators.intro":
    "There is no official poverty rate for a kecamatan: the Susenas sample only supports regency and city figures. The indicators below come from by-name registries whose totals are not published; on this site their values are still sample data.",
  "kec.indicators.caption": "Indicators of Kecamatan {name} and the {placeWord}, latest year",
  "kec.indicators.none": "No kecamatan indicators yet.",
  "kec.col.here": "This kecamatan",
  "kec.col.regency": "{PlaceWord}",
  "kec.col.comparison": "Beside the {placeWord}",
  "kec.col.rank": "Rank",
  "kec.col.among": "Among the {n} kecamatan",
  "kec.actions.title": "Activities of the {year} action plan here",
  "kec.actions.counts": "Activities located in this kecamatan: {here}. Activities for the whole {placeWord}: {all}.",
  "kec.actions.none": "The action plan has no activities in this kecamatan yet.",
  "kec.actions.caption": "{strategy}: activities in Kecamatan {name} and for the whole {placeWord}",
  "kec.actions.wide": "Also reaching this kecamatan: {n} activities for the whole {placeWord}",
  "kec.actions.noneHere": "No activity of this strategy is located specifically in this kecamatan.",
  "kec.neighbours.title": "Neighbouring kecamatan",
  "kec.neighbours.none": "Boundaries are not available, so the neighbours cannot be worked out.",
  "kec.all": "All kecamatan",
  "kec.index.title": "Kecamatan of {regency}",
  "kec.index.description":
    "The {n} kecamatan of {place} with their capital, number of desa and kelurahan, and action-plan activities; each has a profile page.",
  "kec.index.intro": "{place} is divided into {n} kecamatan (sub-districts). Choose one to see its profile.",
  "kec.index.caption": "The {n} kecamatan of {regency}",
  "kec.index.actions": "Activities there",
  "kecamatan.capital": "Capital",
  "kecamatan.desa": "Villages (desa)",
  "kecamatan.kelurahan": "Urban wards (kelurahan)",
  "kecamatan.codes": "Kemendagri / BPS code",

  // Indicator pages.
  "ind.index.title": "Indicators",
  "ind.index.description": "All {n} poverty and development indicators for {regency}: definition, source, trend and kecamatan values.",
  "ind.index.intro": "Every indicator has a page with its definition, source, trend and, where they exist, its values by kecamatan.",
  "ind.group.context": "Poverty and context",
  "ind.col.latest": "Latest {placeWord} figure",
  "ind.hasKecamatan": "has kecamatan values",
  "ind.unit": "Unit",
  "ind.better": "Direction",
  "ind.strategy": "Strategy",
  "ind.strategy.none": "an outcome and context indicator that all strategies bear on",
  "ind.source": "Main source",
  "ind.family":
    "The indicators below measure the same thing by a different method or definition. Their figures cannot be joined into one line or compared directly:",
  "ind.trend.title": "Trend",
  "ind.noRegency": "There is no {placeWord} figure for this indicator yet.",
  "ind.kecamatan.title": "By kecamatan",
  "ind.kecamatan.caption": "{name} by kecamatan, {year}, in order of rank ({rule})",
  "ind.kecamatan.captionLatest": "{name} by kecamatan, the latest figure of each; their years differ, so they are not ranked",
  "ind.kecamatan.noValue": "no data for {year}",
  "ind.kecamatan.none": "There are no kecamatan values for this indicator yet.",
  "ind.targets.title": "Targets",
  "ind.targets.caption": "Targets for {name} in planning documents",
  "ind.targets.none": "There are no targets for this indicator yet.",
  "ind.target": "Target",
  "ind.document": "Document",
  "ind.all.title": "Every figure",
  "ind.all.caption": "{name}: every {placeWord}, province and national figure with its source",

  // Agency (OPD) pages.
  "opd.index.title": "Agencies (OPD) of {place}",
  "opd.index.description": "The agencies of {regency} in the {year} poverty-reduction action plan: each agency's activities and budget.",
  "opd.index.intro": "The agencies carrying out the {year} action plan. Choose one to see its activities in each strategy and kecamatan.",
  "opd.index.caption": "Activities and budget by agency, {year} action plan",
  "opd.description": "The activities of the {name} in the {year} poverty-reduction action plan: strategy, location, budget and spending.",
  "opd.actions.caption": "Activities of {name}, {year} action plan",
  "opd.none": "This agency has no activities in the {year} action plan yet.",
  "opd.where.title": "Strategies and places",
  "opd.where.none": "No activity is located in a particular kecamatan.",

  // Data download page.
  "data.title": "Download the data",
  "data.description":
    "Every table of {regency}'s poverty data and the TKPK action plan to download as CSV and JSON, with the catalogue, the boundaries and their licences.",
  "data.intro": "Every figure on this site comes from the tables below. Download, analyse and quote them, crediting the source.",
  "data.tables.title": "Tables",
  "data.tables.caption": "The data tables and their downloads",
  "data.col.table": "Table",
  "data.col.rows": "Rows",
  "data.col.download": "Download",
  "data.sampleRows": "{n} rows of sample data",
  "data.csvNote":
    "CSV files are UTF-8 with a byte-order mark (Excel reads them correctly), with commas between columns and a dot as the decimal mark. An empty cell means no data, not zero. Text beginning with =, +, - or @ starts with an apostrophe so that no spreadsheet runs it as a formula.",
  "data.catalogue.title": "Catalogue and columns",
  "data.catalogue.text":
    "The data catalogue follows the Frictionless Data Package format: it describes every table, column, type, unit and key.",
  "data.geo.title": "Boundaries",
  "data.geo.text":
    "The kecamatan boundaries used for the maps, in TopoJSON (WGS 84 longitude and latitude). They are indicative, not legal boundaries.",
  "data.geo.licence": "MIT licence of the boundaries",
  "data.update.title": "Updating the data",
  "data.update.text":
    "TKPK staff update these tables every year. Check the files you edited in the browser, then follow the guide to propose and publish them.",
  "data.licence.title": "Licences",
  "data.licence.text": "The data compilation, texts and sample data are licensed under",
  "data.licence.sources": "The figures quoted remain the work of their publishers; the full list of sources is on the page",

  // Methodology page.
  "method.title": "Methodology and data sources",
  "method.description":
    "Where {regency}'s poverty figures come from, what each indicator means, how sample data is marked, and the full list of sources.",
  "method.marks.title": "How figures are marked",
  "method.marks.sample": "Every chart, table and page that shows an invented figure carries this mark:",
  "method.kind.estimate": "Computed from a survey or a statistical model (for example Susenas by BPS); it has sampling error.",
  "method.kind.administrative": "Counted from government records, such as social registries or weighing at health posts.",
  "method.kind.census": "Counted in a population census.",
  "method.kind.geographic": "Measured from maps, such as land area.",
  "method.kind.sample": "An invented figure that shows how the site works; not official and not to be quoted.",
  "method.definitions.title": "Indicator definitions",
  "method.boundaries": "The boundary file and its licence text can be downloaded on the page",
  "method.sources.title": "List of sources",
  "method.sources.intro": "{n} sources, from the table sources.csv, with publication and access dates.",
  "method.published": "published {date}",
  "method.accessed": "accessed {date}",
  "method.rank.title": "Comparing kecamatan",

  // About page.
  "about.title": "About Lentera",
  "about.description": "About Lentera, the poverty data site of {regency}, and about the TKPK and its annual action plan.",
  "about.forYourPlace.title": "Lentera for your place",
  "about.forYourPlace.text":
    "Lentera can serve the TKPK of any kabupaten/kota (regencies and cities alike) without a change to its code: one command, npm run new-regency, starts a data folder from the place's kecamatan boundaries and Kemendagri codes; staff then fill its CSV tables, check them and publish their own site. The README of Lentera's source code explains how, under \"Lentera for your place\".",

  // Search page.
  "search.title": "Search",
  "search.description": "Search for a kecamatan, indicator, strategy or agency on the {regency} poverty data site.",
  "search.intro": "Type the name of a kecamatan, indicator, programme or agency.",
  "search.placeholder": "For example: {example}, stunting, PKH",
  "search.label": "Search this site",
  "search.noscript": "Search needs JavaScript. Without it, browse the lists below.",
  "search.browse": "Browse",
  // Staff tools: the data check in the browser (check.*) and the staff guide (guide.*).
  "nav.check": "Check data",
  "nav.guide": "Staff guide",
  "check.title": "Check data",
  "check.description":
    "Check the poverty data CSV files of {place} in the browser before proposing a change: the same check as npm run check:data, without uploading anything.",
  "check.intro":
    "Choose or drop the CSV files you edited (datapackage.json too). They are checked together with the other tables already published on the {place} site, by the same check as npm run check:data: the file, the line as the spreadsheet shows it (the header is line 1), the column, the value found, and how to fix it, in Indonesian and English.",
  "check.private":
    "Your files are not sent anywhere: the check runs in this browser only, and keeps working without internet once this page has loaded.",
  "check.noscript":
    "This checker needs JavaScript, which is off in your browser. Without JavaScript, check the data with the command npm run check:data on a computer with Node.js, or propose the change on GitHub or GitLab: the automatic check there gives the same report.",
  "check.choose": "Choose CSV files",
  "check.drop": "or drop files on this box",
  "check.loading": "Loading the published tables…",
  "check.ready": "Ready. Choose the files you edited.",
  "check.running": "Checking {files}…",
  "check.done": "Done. Checked: {files}, together with the other published tables.",
  "check.failed": "A published table could not be loaded ({file}). Check the internet connection, then reload this page.",
  "check.ignored": "Not checked here: {files}.",
  "check.report": "Result of the check",
  "check.content":
    "Narrative texts (Markdown files in data/content/) are not published on the site, so they are not checked here and not reported missing. The automatic check on GitHub or GitLab and npm run check:data check them.",
  "check.next": "Next steps: the staff guide",
  "check.data": "The published tables",
  "guide.title": "Staff guide: updating the data every year",
  "guide.description":
    "Step by step, for the TKPK staff of {place}: how to update the figures and the action plan on this site every year, without a developer.",
  "guide.intro":
    "Every year BPS publishes new poverty figures, and the TKPK of {place} writes next year's action plan and records this year's realisation. This guide explains how to bring them to the site: edit the CSV files in a spreadsheet, check them in the browser, propose the change on GitHub or GitLab, then publish. All you need is Excel or LibreOffice and a browser.",
  "guide.steps": "Steps",
  "guide.files.title": "1. Which file holds what",
  "guide.files.text":
    "All the {placeWord} data is in the {folder} folder of the repository. Each table is one CSV file. Open a file name below to see its columns and what they mean, as the catalogue describes them.",
  "guide.files.catalogue":
    "The catalogue {folder}/datapackage.json describes every table, column, type and rule. It usually needs no change; change it only to add a column or a table, and check it together with its CSV files.",
  "guide.files.content":
    "Narrative texts (the strategies' introductions, the kecamatan notes, methodology, about) are Markdown files in the {folder}/content/ folder, one per language.",
  "guide.edit.title": "2. Editing in Excel or LibreOffice",
  "guide.edit.open":
    "In the repository, open the {folder} folder, click the file to change, and download it (the Download raw file button). Open it in Excel or LibreOffice Calc.",
  "guide.edit.rows":
    "Add the new year's figures as new rows below the last one, or change the cells that need it. Do not change the column headers on line 1 and do not delete columns.",
  "guide.edit.numbers":
    "Write numbers with a dot as decimal mark, for example 11.25. An empty cell means no data yet, not zero. Write each value like the other rows of the same column.",
  "guide.edit.excel":
    "Excel: choose File > Save As, then the file type CSV UTF-8 (Comma delimited) (*.csv). If Excel warns about lost features, choose to keep this format.",
  "guide.edit.libreoffice":
    "LibreOffice: choose File > Save As, the file type Text CSV (.csv), tick Edit filter settings, then choose the character set Unicode (UTF-8) and a comma (,) as field delimiter.",
  "guide.edit.name": 'Save under exactly the same name. A copy such as "name (1).csv" is not recognised: rename it back before uploading.',
  "guide.plan.title": "Adding next year's action plan",
  "guide.plan.rows":
    "Add the activities of the new plan as new rows of {folder}/actions.csv, below the rows of earlier years. Do not overwrite or delete last year's rows: that plan stays published on a page of its own.",
  "guide.plan.ids":
    "Write the new plan year ({next}) in the year column and give every activity a new id with the same year: RAT-{next}-001, RAT-{next}-002 and so on. When copying last year's rows, change both; an id may not repeat an id of another year, and the check refuses a row whose year does not match its id.",
  "guide.plan.current":
    'The latest year in actions.csv becomes the current plan by itself (now {year}) on the home page and the strategy, kecamatan and agency pages. If datapackage.json has "planYear" in its "lentera" block, remove that line, or write the year of the current plan there.',
  "guide.plan.realised":
    "Spending is recorded on the rows of its own year (realised_budget, realised_output, status). One year's figures are never added to another's.",
  "guide.check.title": "3. Checking in the browser",
  "guide.check.text":
    "Open the Check data page and choose or drop the files you edited. The page checks your files together with the other published tables and shows the same report as the automatic check on GitHub or GitLab. The files are not sent anywhere.",
  "guide.check.link": "Open the Check data page",
  "guide.check.cli": "On a computer with Node.js, the command npm run check:data in the repository folder gives the same report.",
  "guide.propose.title": "4. Proposing the change on GitHub or GitLab",
  "guide.propose.github.open": "Sign in to GitHub, open the site's repository, then the {folder} folder.",
  "guide.propose.github.upload":
    "Click Add file > Upload files and drop the checked CSV files. A file with the same name replaces the old one.",
  "guide.propose.github.branch":
    'Below, write what changed (for example "Latest March poverty figures"), choose Create a new branch for this commit and start a pull request, click Propose changes, then Create pull request.',
  "guide.propose.gitlab.open": "Sign in to GitLab, open the site's repository, then the {folder} folder.",
  "guide.propose.gitlab.upload":
    "Click the file to replace and choose Replace (or + > Upload file for a new file), then choose the checked CSV file.",
  "guide.propose.gitlab.branch":
    "Write what changed, type a new branch name as Target branch (for example data-this-year), tick Start a new merge request with these changes, click Replace file or Upload file, then Create merge request.",
  "guide.propose.review": "Ask a colleague in the TKPK secretariat to read the proposal before it is published.",
  "guide.read.title": "5. Reading the check",
  "guide.read.github":
    "GitHub: every pull request runs the Situs / Site workflow. A green tick means the data is valid and the site was built; a red cross means there is a problem. Click Details, then Summary: the Pemeriksaan data / Data check report is there. A preview of the site can be downloaded under Artifacts.",
  "guide.read.gitlab":
    "GitLab: every merge request runs a pipeline. Open the merge request's Pipelines tab and click the periksa-data job: the report is in the job log. The site preview is in the artifacts of the pratinjau job.",
  "guide.read.report":
    'The report is the same as on the Check data page: a one-line summary at the top, then each problem with its file, line, column, the value found, and "Fix:" with how to fix it. The same problem in many rows of one column is told once: the first three lines with their values, then "and N more rows like this". Warnings (marked !) do not stop publishing.',
  "guide.publish.title": "6. Publishing",
  "guide.publish.text":
    "When the check is green, merge the proposal into the main branch: on GitHub click Merge pull request, on GitLab click Merge. The workflow then checks again, builds the site and publishes it to GitHub Pages or GitLab Pages.",
  "guide.publish.after":
    "A few minutes later the {place} site shows the new data. Open the home page and the pages that changed to make sure.",
  "guide.fail.title": "7. When the check fails",
  "guide.fail.read":
    "Read the first line of the report: how many problems, in which files. Each problem names the line as the spreadsheet shows it (the header is line 1) and the column. A line starting with – names checks that wait until a file is fixed: fix that file first, then check again, as other problems may only show then.",
  "guide.fail.fix":
    'Open the file in the spreadsheet, fix that cell as "Fix:" says, save it again as CSV UTF-8, and check it again on the Check data page until it is valid.',
  "guide.fail.again":
    "Upload the fixed file to the same proposal branch (on GitHub choose Commit directly to the branch; on GitLab choose the proposal's branch). The check runs again by itself.",
  "guide.fail.safe": "While the check fails, nothing is published: the site keeps showing the last valid data.",
  "guide.fail.help":
    "If a message is unclear, copy the whole report and send it to the technical team, or write it in a comment on the pull request or merge request.",
  "guide.data": "Download the published tables",

  // The action plan of each year (/rencana/<tahun>/), their index, and the line that links them from the pages of the current plan.
  "plan.years": "Action plans by year:",
  "plan.years.current": "{year} (current)",
  "plan.years.all": "all plans",
  "plan.index.title": "Action plans by year",
  "plan.index.description": "The TKPK's annual action plans for {place}, year by year: activities, budget and spending.",
  "plan.index.intro":
    "Every year the TKPK writes an annual action plan. The strategy, kecamatan and agency pages show the current plan ({year}); every year's plan, earlier years included, has a page of its own.",
  "plan.index.caption": "Activities, budget and spending of each action plan",
  "plan.index.none": "No action plan has been published yet.",
  "plan.col.year": "Year",
  "plan.current": "current",
  "plan.title": "{year} action plan",
  "plan.description": "The {year} annual action plan of the TKPK of {place}: activities, budget by strategy and by agency, and spending.",
  "plan.isCurrent": "This is the current action plan: the strategy, kecamatan and agency pages show it.",
  "plan.notCurrent": "The current plan is the {current} plan. Every figure on this page is for the {year} plan only.",
  "plan.strategies.title": "Budget and spending by strategy",
  "plan.strategies.caption": "Activities, budget and spending by strategy, {year} action plan",
  "plan.agencies.title": "Budget and spending by agency",
  "plan.agencies.caption": "Activities, budget and spending by agency, {year} action plan",
  "plan.actions.title": "All activities",
  "plan.actions.caption": "Activities of the {year} action plan",
  "plan.total": "Total",

  // Page not found.
  "notFound.title": "Page not found",
  "notFound.text": "This address does not exist on Lentera. The link may be mistyped, or the page may have moved.",
  "notFound.home": "Go to the home page",
} as const satisfies Record<keyof typeof id, string>;
