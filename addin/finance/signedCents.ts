/** Whole cents of a money text of the API (`"1234.50"`, `"-0.05"`). */
export function signedCents(text: string): bigint {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`money text expected, got ${text}`);
  const cents = BigInt(match[2]!) * 100n + BigInt(match[3]!);
  return match[1] === "-" ? -cents : cents;
}

/** A money text as the number Excel shows (exact to the cent for any realistic amount). */
export function moneyNumber(text: string): number {
  return Number(text);
}
