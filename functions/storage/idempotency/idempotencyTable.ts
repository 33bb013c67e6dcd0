import { createHash } from "node:crypto";
import { getDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import type { Store } from "../store";
import { fromOptionalPointerFields } from "../documentPointer";
import { entityFields } from "../entityFields";

/** A remembered answer to a request sent with an `Idempotency-Key`, or the claim of the request running it. */
export interface StoredAnswer {
  readonly fingerprint: string;
  readonly state: "pending" | "done";
  readonly status?: number;
  readonly body?: string;
  readonly headers?: string;
  readonly createdAt: string;
  /** A pending claim: when the request running it last said it still runs (its claim time at first). */
  readonly refreshedAt?: string;
  /** A pending claim: the request holding it (an identifier drawn by that request). */
  readonly holder?: string;
  /** The row's version, for changing a claim only as it was read. */
  readonly etag?: string;
}

const rowKeyOf = (key: string) => createHash("sha256").update(key).digest("hex");

/** Who claims a key: the request's body fingerprint and an identifier it drew, at a time (ISO). */
export interface Claimant {
  readonly fingerprint: string;
  readonly holder: string;
  readonly now: string;
}

/** Claims a key for a request: the claim's ETag, or undefined when the key is already taken (read it with {@link readAnswer}). */
export async function claimKey(store: Store, scope: string, key: string, claimant: Claimant): Promise<string | undefined> {
  const { fingerprint, holder, now } = claimant;
  try {
    const created = await store.table("idempotency").createEntity({ partitionKey: scope, rowKey: rowKeyOf(key), fingerprint, holder, state: "pending", createdAt: now, refreshedAt: now });
    return created.etag ?? "*";
  } catch (error) {
    if (isStatus(error, 409)) return undefined;
    throw error;
  }
}

/**
 * Says that the request holding the claim (`holder`, at version `etag`) still runs: the claim's new
 * ETag, or undefined when it is no longer that request's (answered, released or taken over meanwhile).
 */
export async function refreshClaim(store: Store, scope: string, key: string, etag: string, claimant: Pick<Claimant, "holder" | "now">): Promise<string | undefined> {
  return ifStillHeld(store, scope, key, claimant.holder, () =>
    store.table("idempotency").updateEntity({ partitionKey: scope, rowKey: rowKeyOf(key), refreshedAt: claimant.now }, "Merge", { etag }),
  );
}

/**
 * Takes over a claim read at version `etag` (abandoned, or this process's own left unsettled) for
 * another request: the new claim's ETag, or undefined when the claim changed since it was read (its
 * request still runs after all, has answered, or another request took it over first).
 */
export async function takeOverClaim(store: Store, scope: string, key: string, etag: string, claimant: Claimant): Promise<string | undefined> {
  const { fingerprint, holder, now } = claimant;
  return ifStillHeld(store, scope, key, holder, () =>
    store.table("idempotency").updateEntity({ partitionKey: scope, rowKey: rowKeyOf(key), fingerprint, holder, state: "pending", createdAt: now, refreshedAt: now }, "Replace", { etag }),
  );
}

/**
 * Runs a write conditional on the claim's version: its new ETag; when the version changed, the
 * claim's current ETag if `holder` still holds it (the write was applied, but its answer was lost
 * and the storage SDK's retry found the version it had just changed), else undefined.
 */
async function ifStillHeld(store: Store, scope: string, key: string, holder: string, write: () => Promise<{ etag?: string }>): Promise<string | undefined> {
  try {
    return (await write()).etag ?? "*";
  } catch (error) {
    if (!isStatus(error, 412) && !isStatus(error, 404)) throw error;
  }
  const current = await readAnswer(store, scope, key);
  return current?.state === "pending" && current.holder === holder ? current.etag : undefined;
}

/** The answer stored for a key, if any. */
export async function readAnswer(store: Store, scope: string, key: string): Promise<StoredAnswer | undefined> {
  try {
    const entity = await store.table("idempotency").getEntity<Record<string, unknown>>(scope, rowKeyOf(key));
    const fields = entityFields(entity, `idempotency ${scope}/${String(entity.rowKey)}`);
    const status = fields.optionalInteger("status");
    const inline = fields.optionalText("body");
    const stored = fromOptionalPointerFields(fields, "body");
    const headers = fields.optionalText("headers");
    const refreshedAt = fields.optionalText("refreshedAt");
    const holder = fields.optionalText("holder");
    return {
      fingerprint: fields.text("fingerprint"),
      state: fields.oneOf("state", ["pending", "done"] as const),
      ...(status !== undefined ? { status } : {}),
      ...(inline !== undefined ? { body: inline } : {}),
      ...(stored ? { body: (await getDocument(store, stored)).toString("utf8") } : {}),
      ...(headers !== undefined ? { headers } : {}),
      createdAt: fields.text("createdAt"),
      ...(refreshedAt !== undefined ? { refreshedAt } : {}),
      ...(holder !== undefined ? { holder } : {}),
      ...(typeof entity.etag === "string" ? { etag: entity.etag } : {}),
    };
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** Bodies longer than this go to a blob (a table string holds 32,768 characters at most). */
const INLINE_BODY_CHARS = 30_000;

/** Records the final answer of a claimed key. */
export async function completeKey(store: Store, scope: string, key: string, answer: Required<Pick<StoredAnswer, "fingerprint" | "status" | "body" | "headers" | "createdAt">>): Promise<void> {
  const rowKey = rowKeyOf(key);
  const { body, ...rest } = answer;
  const stored =
    body.length <= INLINE_BODY_CHARS
      ? { body }
      : await putDocument(store, `idempotency/${scope}/${rowKey}-${Date.now()}.json`, body).then((pointer) => ({
          bodyBlob: pointer.blobName,
          bodySha256: pointer.sha256,
          bodySize: pointer.size,
        }));
  await store.table("idempotency").upsertEntity({ partitionKey: scope, rowKey, ...rest, ...stored, state: "done" }, "Replace");
}

/**
 * Releases a claimed key whose request failed without an answer worth replaying (retry allowed):
 * only the claim at version `etag` when given (never a claim another request has taken over since).
 */
export async function releaseKey(store: Store, scope: string, key: string, etag?: string): Promise<void> {
  try {
    await store.table("idempotency").deleteEntity(scope, rowKeyOf(key), etag ? { etag } : {});
  } catch (error) {
    if (!isStatus(error, 404) && !isStatus(error, 412)) throw error;
  }
}
