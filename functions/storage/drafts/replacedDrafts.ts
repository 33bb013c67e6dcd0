/** A draft document the draft row pointed at before, and when it stopped doing so (ms since the epoch). */
export interface ReplacedDraft {
  readonly blob: string;
  readonly at: number;
}

/**
 * How long a replaced draft document is kept: a read that found it named by the row just before
 * still finds it. Three storage timeouts (5 s each: the row read, then the document read) with room
 * to spare; a read slower than that re-reads the row. Kept short: every document kept is a blob
 * more for storage, and the row lists each one.
 */
const GRACE_MS = 15_000;
/** At most this many are kept (autosaves several times a second); older ones go at once. */
const KEPT = 100;

/**
 * The documents a draft row keeps after a save replaces `blob` at `now`, and those now to delete.
 * Deleting a replaced document at once would fail a read that found the row naming it a moment
 * earlier: under steady autosaves such a read could lose that race again and again.
 */
export function replacedDrafts(previous: readonly ReplacedDraft[], blob: string | undefined, now: number): { kept: ReplacedDraft[]; expired: string[] } {
  const all = blob === undefined ? [...previous] : [...previous, { blob, at: now }];
  const kept = all.filter((entry) => entry.at > now - GRACE_MS).slice(-KEPT);
  return { kept, expired: all.filter((entry) => !kept.includes(entry)).map((entry) => entry.blob) };
}
