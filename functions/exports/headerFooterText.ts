/** Font size of headers and footers, in points, unless told. */
const SIZE = 9;

/** Text shown as is in a header or footer: `&` starts a code there, `&&` is a literal ampersand. */
const literal = (text: string) => text.replace(/&/g, "&&");

/** The three parts of a printed header or footer; `codes` are Excel's fields (`&P` page, `&N` pages, `&A` sheet), written as they are. */
export interface HeaderFooterParts {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
  /** Parts holding field codes rather than plain text. */
  readonly codes?: { readonly left?: string; readonly center?: string; readonly right?: string };
  /** Font size in points (9 by default). */
  readonly size?: number;
}

/**
 * A header or footer in Excel's notation (`&L…&C…&R…`), each part 9 pt unless told: plain text
 * escaped (a line break starts a new line), field codes appended after it. Excel and LibreOffice
 * print it on every page.
 */
export function headerFooterText({ left, center, right, codes = {}, size = SIZE }: HeaderFooterParts): string {
  const part = (code: string, text: string | undefined, fields: string | undefined) =>
    text === undefined && fields === undefined ? "" : `&${code}&${size}${literal(text ?? "")}${fields ?? ""}`;
  return `${part("L", left, codes.left)}${part("C", center, codes.center)}${part("R", right, codes.right)}`;
}
