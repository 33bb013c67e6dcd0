/** What reading one cell gave: a value (undefined for a blank cell), or why it could not be read. */
export type CellReading<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly rule: "number" | "date" | "choice" | "text"; readonly hint: string };
