/** A rectangle of cells, 1-based, inclusive; whole columns or rows use the sheet's limits. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnNumber(letters: string): number {
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Parses "B4", "B4:F9", "A:A", "$1:$2", with or without a sheet prefix. */
export function parseRange(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = bare.replace(/\$/g, "").split(":") as [string, string?];
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/.exec(text);
    if (!match || (match[1] === "" && match[2] === "")) throw Object.assign(new Error(`Adresse invalide : ${address}`), { code: "InvalidArgument" });
    return { column: match[1] ? columnNumber(match[1]) : undefined, row: match[2] ? Number(match[2]) : undefined };
  };
  const start = part(from);
  const end = part(to);
  return {
    top: start.row ?? 1,
    left: start.column ?? 1,
    bottom: end.row ?? (start.row === undefined ? MAX_ROWS : start.row),
    right: end.column ?? (start.column === undefined ? MAX_COLUMNS : start.column),
  };
}

export function formatRange(rect: Rect): string {
  const from = `${columnLetters(rect.left)}${rect.top}`;
  return rect.top === rect.bottom && rect.left === rect.right ? from : `${from}:${columnLetters(rect.right)}${rect.bottom}`;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.top === 1 && rect.bottom === MAX_ROWS;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
