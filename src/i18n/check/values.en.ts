import type { values as id } from "./values.id.ts";

/** What the data check says about values, in English; the same keys and placeholders as values.id.ts. */
export const values = {
  "value.required.what": "This cell is required but empty.",
  "value.required.fix": "Fill in: {description}",
  "value.decimalComma.what": 'Must be a number with a dot as decimal mark, found "{value}".',
  "value.decimalComma.fix": 'Write "{dotted}". Lentera does not guess: "{value}" is not read as {joined}.',
  "value.thousands.what": 'Must be a number without thousands separators, found "{value}".',
  "value.thousands.fix": "Remove the thousands separators; write decimals with a dot (1234567 or 12.5).",
  "value.thousands.semicolons.fix": "Remove the thousands dots; write decimals with a comma (1234567 or 12,5).",
  "value.ambiguousDot.what": 'In a semicolon-separated file the dot in "{value}" could be a thousands separator or a decimal mark.',
  "value.ambiguousDot.fix":
    "Write the decimal with a comma ({comma}) or a whole number without dots, or save the file as comma-separated CSV UTF-8.",
  "value.notNumber.what": 'Must be a number, found "{value}".',
  "value.notNumber.fix":
    'Write the number only, without unit, percent sign, "Rp" or spaces (for example {example}). If there is no data, leave the cell empty.',
  "value.notInteger.what": 'Must be a whole number, found "{value}".',
  "value.notInteger.fix": "Write digits 0-9 only, without decimals, thousands separators, unit or spaces (for example 1575000000).",
  "value.notYear.what": 'Must be a four-digit year, found "{value}".',
  "value.notYear.fix": "Write the year only, for example 2024 (not 24, '2024 ' or 2024.0). In Excel, format the column as Text or General.",
  "value.notDate.what": 'Must be a date written YYYY-MM-DD, found "{value}".',
  "value.notDate.fix": 'Write for example "{example}". In Excel, format the column as Text so the date is not changed.',
  "value.notInList.what": '"{value}" is not one of the allowed values ({allowed}).',
  "value.notInList.fix": "Choose one of the values above, written exactly (lower case).",
  "value.notInList.suggestion.fix": 'Perhaps "{suggestion}" was meant: write it exactly so.',
  "value.notInList.categories.fix":
    'Choose one of the values above, written exactly. If "{value}" really is a new choice, add it to the "categories" of this column in datapackage.json with its label_id and label_en (see data/README.md).',
  "value.wrongForm.what": '"{value}" does not have the form this column needs.',
  "value.wrongForm.fix": "This column holds: {description}",
  "value.belowMinimum.what": '"{value}" is below the minimum of {limit}.',
  "value.belowMinimum.fix": "Check the value; this column cannot hold less than {limit}.",
  "value.aboveMaximum.what": '"{value}" is above the maximum of {limit}.',
  "value.aboveMaximum.fix": "Check the value; this column cannot hold more than {limit}.",
  "value.tooLong.what": "This text is {length} characters long, more than the limit of {max}.",
  "value.tooLong.fix": "Shorten it to at most {max} characters.",

  "reference.unknown.what": '"{value}" is not in column {column} of {table}.',
  "reference.unknown.fix": "Use one of the values in column {column} of {table}, or add the row there first.",
  "reference.unknown.name.fix": '"{value}" is a name, not the {column}; write "{key}".',
  "reference.unknown.spelling.fix": 'Perhaps "{suggestion}" was meant: correct the spelling.',

  "rule.outOfRange.what": '"{value}" is outside the range of indicator "{indicator}" ({min} to {max}).',
  "rule.outOfRange.fix": "Check the value and its unit (a percentage is written 12.5, not 0.125 or 1250), or check the indicator column.",
  "rule.badLocation.what": 'Location "{code}" is neither a kecamatan nor the kabupaten or kota itself.',
  "rule.badLocation.fix": "Write kecamatan codes ({kecamatan}), or the code of the kabupaten or kota ({regency}) for all of it.",
  "rule.regencyWithKecamatan.what": "Locations hold the code of the kabupaten or kota together with kecamatan codes.",
  "rule.regencyWithKecamatan.fix":
    "Write only the code of the kabupaten or kota when the activity covers all of it, or only kecamatan codes.",
  "rule.reversed.fix": "Swap the two values, or leave the end column empty if it is not a range.",
  "rule.reversed.year.what": "The end year ({end}) is smaller than its start ({start}).",
  "rule.reversed.value.what": "The upper bound ({end}) is smaller than its start ({start}).",
  "rule.overBudget.what": "Budget spent ({realised}) is larger than the budget ({budget}).",
  "rule.overBudget.fix": "Check both figures; if the budget was revised, write the revised budget.",
  "rule.doneWithoutOutput.what": "The activity is marked done but its delivered output is empty.",
  "rule.doneWithoutOutput.fix": "Fill in realised_output, or change the status to ongoing.",
  "rule.yearGap.what": "The series {series} has no value for {gaps}; charts show this as a gap.",
  "rule.yearGap.fix": "No fix is required. Add rows when an official source gives the figures.",
  "rule.planYear.fix":
    "Write the plan year of this activity in the year column: four digits, the same as the year in its id (RAT-2026-001 for 2026).",
  "rule.planYear.missing.what": "The year column is empty: this activity cannot be placed in any year's plan.",
  "rule.planYear.implausible.what": 'The plan year "{value}" is not possible for an action plan (it must be between {min} and {max}).',
  "rule.planYear.idYear.what":
    'The id "{id}" names the year {idYear}, but the year column holds {year}: the activity may land in the wrong year\'s plan.',
  "rule.planYear.idYear.fix":
    "Make the year in the id and in the year column the same. When copying last year's activities for a new plan, change both (id and year), so that the activity is not added to another year's plan.",

  "config.fix": 'Correct the area code or id in the "lentera" block so it matches areas.csv and indicators.csv.',
  "config.regency.what":
    'The "lentera" settings in datapackage.json: the kabupaten or kota "{code}" is not in areas.csv with level regency.',
  "config.comparison.what": 'The "lentera" settings in datapackage.json: comparison area "{code}" is not in areas.csv.',
  "config.headline.what": 'The "lentera" settings in datapackage.json: headline indicator "{id}" is not in indicators.csv.',
  "config.planYear.what":
    'The "lentera" settings in datapackage.json: the plan year "planYear" {year} is not in actions.csv, which holds the plans of {years}.',
  "config.planYear.fix":
    'Write one of the years in actions.csv, or remove "planYear" so that the latest year ({latest}) is the current plan.',
  "config.noPlanYear.what":
    'The action plan year is unknown: actions.csv has no activities yet and "planYear" is not set in the "lentera" block of datapackage.json.',
  "config.noPlanYear.fix":
    'Write the year of the plan being prepared in the "lentera" block, for example "planYear": 2027, or add activities to actions.csv.',
  "config.laterPlan.what":
    'actions.csv holds a plan for {later}, later than "planYear" {year} in datapackage.json: the site shows the {year} plan as the current one.',
  "config.laterPlan.fix":
    'Remove "planYear" from the "lentera" block so that the latest plan is the current one, or leave it if the {later} plan is not yet in force.',

  // The open lists of the catalogue (units, periods, funding sources): catalogue.invalid.label and the {expected} of catalogue.invalid.
  "catalogue.invalid.label.what":
    'In datapackage.json, the choice "{value}" of the column {field} in the table {table} has no {missing}, so the site cannot name it.',
  "catalogue.invalid.label.fix":
    'Add "{missing}" to that choice: how the site writes it in Indonesian (label_id) and in English (label_en).',
  "catalogue.expect.categories": 'be a list of "categories", each choice with value, label_id and label_en',
  "catalogue.expect.enumOfCategories": 'repeat the values of "categories" in the same order, or be removed',
  "catalogue.expect.unitStyle": "be one of {styles}",
  "catalogue.expect.boolean": "be true or false",
  "catalogue.expect.newValue": 'be a value no other choice has (not "{value}" again)',
  "catalogue.expect.group": "be one of the groups in groups ({groups})",
  "catalogue.expect.when": "be a text with {year}",
  "catalogue.expect.period": "be one of the periods ({periods})",

  "geo.restore.fix": "Restore the boundary file from the previous version (data/geo/); it is not edited by hand.",
  "geo.restore.notJson.what": "Boundaries: not valid JSON ({error}).",
  "geo.restore.notTopology.what": "Boundaries: not a TopoJSON with objects 'kecamatan' and 'kabupaten'.",
  "geo.unknownCode.what": 'Boundaries: a polygon has code "{code}", which is not a kecamatan in areas.csv.',
  "geo.unknownCode.fix": "Correct the code in areas.csv (form {form}) or use the matching boundary file.",
  "geo.noPolygon.what": "Boundaries: kecamatan {name} ({code}) has no polygon; maps show it without an area.",
  "geo.noPolygon.fix": "Add its polygon to the boundary file when one is available.",

  "content.badPath.what": "Narrative text: the file's name or place is not recognised.",
  "content.badPath.fix": "Save it as content/<{collections}>/<name>.<{locales}>.md, for example content/kecamatan/{example}.en.md.",
  "content.noTitle.what": 'Narrative text: the front matter has no "title: <title>".',
  "content.noTitle.fix": 'Write a title between the two --- lines at the top of the file, for example "title: {example}".',
  "content.badKey.what": 'Narrative text: the front matter must hold "{key}: <value>" with one of {allowed}.',
  "content.badKey.fix": 'Write for example "{key}: {example}" between the two --- lines at the top of the file.',
  "content.html.what": "Narrative text: the text holds HTML ({tag}); the site shows HTML as plain text and never runs it.",
  "content.html.fix": "Write Markdown only: **bold**, *italic*, [link](https://...), lists with -.",
  "content.duplicate.what": "Narrative text: the text for {value} ({lang}) is already in {first}.",
  "content.duplicate.fix": "Merge the two files into one.",
  "content.noTranslation.what": 'Narrative text: {text} has no text in "{lang}" yet; that page shows no narrative text.',
  "content.noTranslation.fix": "Add a .{lang}.md file with the same front matter.",
} as const satisfies Record<keyof typeof id, string>;
