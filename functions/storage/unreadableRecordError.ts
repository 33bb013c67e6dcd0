/**
 * A row read from storage does not hold what the product wrote there (a field missing or of the
 * wrong kind: altered by hand, or a bug): a system fault, answered as a generic 500 and logged with
 * the row and the field, never read as an empty or default value.
 */
export class UnreadableRecordError extends Error {
  override readonly name = "UnreadableRecordError";
}
