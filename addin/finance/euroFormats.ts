/** Euros with two decimals, the French way (Excel's invariant code; a French Excel shows « 1 234,50 € »). */
export const EURO_FORMAT = "#,##0.00 [$€-40C]";
/** Text kept as typed (identifiers, codes such as "C:3"). */
export const TEXT_FORMAT = "@";
