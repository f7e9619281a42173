/**
 * Fills `{name}` placeholders of a UI string: fill("peringkat {rank} dari {of}", { rank: 3, of: 15 }).
 * A placeholder without a value is a bug in the caller, so it throws rather than
 * printing "{rank}" on a page.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`fill: no value for {${name}} in "${template}"`);
    return String(v);
  });
}

/**
 * Lower-cases the first letter of a name for use inside a sentence, unless the
 * name is a proper name ("Human Development Index" keeps its capitals): only
 * when no other word outside brackets starts with a capital.
 */
export function midSentence(name: string): string {
  const outside = name
    .replace(/\([^)]*\)/g, "")
    .split(/\s+/)
    .slice(1);
  const proper = outside.some((w) => /^[A-Z][a-z]/.test(w));
  if (proper || !/^[A-Z][a-z]/.test(name)) return name;
  return name[0]!.toLowerCase() + name.slice(1);
}
