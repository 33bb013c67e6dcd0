/** One entry of the append-only audit trail: who did what, when, to what, from which state to which. */
export interface AuditEntry {
  /** Chain the entry belongs to: a commune's INSEE code, or `metropole` for finance and global actions. */
  readonly chain: string;
  /** Position in its chain, from 1. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly from?: string;
  readonly to?: string;
  /** Free details (reason, comment, counts), JSON-serialisable. */
  readonly details?: Readonly<Record<string, unknown>>;
  /**
   * The details' text as stored, only when it is not JSON (never so as written: altered in storage).
   * The hash is then recomputed over this text, and the entry is still listed.
   */
  readonly detailsText?: string;
  /** Hash of the previous entry of the chain (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 over prevHash and the entry's content: tampering in storage breaks the chain. */
  readonly hash: string;
}

/** What a caller records; the trail adds chain position and hashes. */
export type AuditRecord = Omit<AuditEntry, "seq" | "prevHash" | "hash" | "detailsText">;

/** The hash before the first entry of a chain. */
export const GENESIS_HASH = "0".repeat(64);
