/** A clock that starts at `iso` and runs at real speed (submissions fresh on the examples' date, idempotency claims ageing). */
export function runningClock(iso: string): () => Date {
  const offset = Date.parse(iso) - Date.now();
  return () => new Date(Date.now() + offset);
}
