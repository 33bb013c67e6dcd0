/** Longest worksheet name Excel accepts. */
const MAX_TITLE = 31;

const trim = (text: string) => text.replace(/^['\s]+|['\s]+$/g, "");

/**
 * Worksheet names for `names`, in order: characters Excel refuses (`[ ] : * ? / \` and control characters) replaced by `-`,
 * leading and trailing apostrophes and spaces removed, inner ones written ’ (a formula naming the
 * sheet, such as its print titles, would otherwise have to double them), at most 31 characters, never empty, and
 * unique (case-insensitive, as Excel compares them) among themselves and with `reserved`, a
 * ` (2)`-style suffix telling apart names that would collide.
 */
export function toSheetTitles(names: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLocaleLowerCase("fr")));
  return names.map((name) => {
    const base = trim(trim(name.replace(/[[\]:*?/\\\u0000-\u001f]/g, "-")).slice(0, MAX_TITLE)).replace(/'/g, "’") || "Poste";
    let title = base;
    for (let n = 2; taken.has(title.toLocaleLowerCase("fr")); n += 1) {
      const suffix = ` (${n})`;
      title = `${base.slice(0, MAX_TITLE - suffix.length)}${suffix}`;
    }
    taken.add(title.toLocaleLowerCase("fr"));
    return title;
  });
}
