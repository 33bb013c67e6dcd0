/** The 1-based column number of its letters: "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new RangeError(`column letters expected, got ${letters}`);
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

/** The 1-based row and column of an A1 address, `$` allowed ("AB12", "$AB$12" → { row: 12, column: 28 }); undefined for anything else. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) return undefined;
  return { row: Number(match[2]), column: columnNumber(match[1]!) };
}
