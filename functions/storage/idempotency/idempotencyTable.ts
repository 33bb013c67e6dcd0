import { createHash } from "node:crypto";
import { getDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import type { Store } from "../store";

/** A remembered answer to a request sent with an `Idempotency-Key`. */
export interface StoredAnswer {
  readonly fingerprint: string;
  readonly state: "pending" | "done";
  readonly status?: number;
  readonly body?: string;
  readonly headers?: string;
  readonly createdAt: string;
}

const rowKeyOf = (key: string) => createHash("sha256").update(key).digest("hex");

/** Claims a key for a request (false when the key is already taken: read it with {@link readAnswer}). */
export async function claimKey(store: Store, scope: string, key: string, fingerprint: string, now: string): Promise<boolean> {
  try {
    await store.table("idempotency").createEntity({ partitionKey: scope, rowKey: rowKeyOf(key), fingerprint, state: "pending", createdAt: now });
    return true;
  } catch (error) {
    if (isStatus(error, 409)) return false;
    throw error;
  }
}

/** The answer stored for a key, if any. */
export async function readAnswer(store: Store, scope: string, key: string): Promise<StoredAnswer | undefined> {
  try {
    const entity = await store.table("idempotency").getEntity<Record<string, unknown>>(scope, rowKeyOf(key));
    return {
      fingerprint: String(entity.fingerprint),
      state: entity.state === "done" ? "done" : "pending",
      ...(typeof entity.status === "number" ? { status: entity.status } : {}),
      ...(typeof entity.body === "string" ? { body: entity.body } : {}),
      ...(typeof entity.bodyBlob === "string"
        ? { body: (await getDocument(store, { blobName: entity.bodyBlob, sha256: String(entity.bodySha256), size: Number(entity.bodySize) })).toString("utf8") }
        : {}),
      ...(typeof entity.headers === "string" ? { headers: entity.headers } : {}),
      createdAt: String(entity.createdAt),
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

/** Releases a claimed key whose request failed without an answer worth replaying (retry allowed). */
export async function releaseKey(store: Store, scope: string, key: string): Promise<void> {
  try {
    await store.table("idempotency").deleteEntity(scope, rowKeyOf(key));
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
}
