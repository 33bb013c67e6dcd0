/** A sheet's values from A1, row by row, as Office.js reads them (text, numbers, booleans; "" for blanks). */
export type Grid = readonly (readonly unknown[])[];
