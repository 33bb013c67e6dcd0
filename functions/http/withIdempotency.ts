import { createHash } from "node:crypto";
import type { Services } from "../services/services";
import { claimKey, completeKey, readAnswer, releaseKey, type StoredAnswer } from "../storage/idempotency/idempotencyTable";
import { ApiError, badRequest, conflict, unprocessable } from "./apiError";
import type { ApiRequest } from "./apiRequest";
import type { ApiResponse } from "./apiResponse";

/** An acceptable `Idempotency-Key`: 8 to 200 letters, digits, `.`, `_`, `:` or `-` (the OpenAPI document declares this very rule). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * Makes a write safe to retry: with an `Idempotency-Key`, the first request's answer (success or
 * refusal) is stored and replayed for the same key and body; the same key with another body is
 * refused (422); a retry while the first is still running gets 409. Without the header, runs as is.
 *
 * When storage fails half-way (its answer lost, or unreachable), the claim may stay pending with
 * nobody running it. This process then recognises its own claim — the one a storage retry wrote
 * although its first answer was lost, or one a request here left unsettled — and goes on with it
 * at once, instead of answering 409 until the claim is {@link ABANDONED_AFTER_MS} old. Going on is
 * safe: the writes behind a key are once-only (a submission finds the version its key created).
 */
export async function withIdempotency(services: Services, request: ApiRequest, scope: string, run: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const key = request.header("idempotency-key");
  if (key === undefined) return run();
  if (!IDEMPOTENCY_KEY.test(key)) throw badRequest("En-tête Idempotency-Key invalide : 8 à 200 caractères parmi lettres, chiffres, . _ : -.");
  const fingerprint = createHash("sha256").update(request.method).update("\n").update(request.body).digest("hex");
  const id = `${scope}\n${key}`;
  inProcess.set(id, (inProcess.get(id) ?? 0) + 1);
  try {
    return await runOnce(services, { scope, key, fingerprint, id }, run);
  } catch (error) {
    if (!(error instanceof ApiError && error.fault === "user")) unsettled.remember(id);
    throw error;
  } finally {
    const left = (inProcess.get(id) ?? 1) - 1;
    if (left > 0) inProcess.set(id, left);
    else inProcess.delete(id);
  }
}

interface Claim {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string;
  /** Scope and key together, for this process's bookkeeping. */
  readonly id: string;
}

async function runOnce(services: Services, claim: Claim, run: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const { store } = services;
  const { scope, key, fingerprint, id } = claim;
  const claimedAt = services.now().toISOString();
  if (!(await claimKey(store, scope, key, fingerprint, claimedAt))) {
    const answer = await readAnswer(store, scope, key);
    if (!isOwnPendingClaim(answer, claim, claimedAt)) {
      if (!isAbandoned(answer, services.now())) return replay(answer, fingerprint);
      // A claim left pending by a crashed request: release it and take it over.
      await releaseKey(store, scope, key);
      if (!(await claimKey(store, scope, key, fingerprint, services.now().toISOString()))) return replay(await readAnswer(store, scope, key), fingerprint);
    }
  }
  unsettled.forget(id);
  let response: ApiResponse;
  try {
    response = await run();
  } catch (error) {
    if (error instanceof ApiError && error.fault === "user") {
      response = { status: error.status, json: { error: { code: error.code, message: error.message, ...(error.problems.length ? { problems: error.problems } : {}) } }, headers: { ...error.headers } };
    } else {
      await releaseKey(store, scope, key).catch(() => undefined);
      throw error;
    }
  }
  await completeKey(store, scope, key, {
    fingerprint,
    status: response.status,
    body: JSON.stringify(response.json ?? null),
    headers: JSON.stringify(response.headers ?? {}),
    createdAt: services.now().toISOString(),
  });
  return response;
}

/** Requests of this process per key (scope and key) being handled now. */
const inProcess = new Map<string, number>();

/**
 * Keys whose request failed in this process on a system error (storage unreachable…) without
 * settling its claim: storage being down, neither its answer stored nor its claim released. Bounded.
 */
const unsettled = {
  keys: new Set<string>(),
  remember(id: string): void {
    this.keys.add(id);
    if (this.keys.size > 10_000) this.keys.delete(this.keys.values().next().value as string);
  },
  forget(id: string): void {
    this.keys.delete(id);
  },
};

/**
 * True when a pending claim of the same request is this process's own and nobody else here is
 * handling the key: written by this very request (a storage retry after a lost answer: same
 * instant, same body), or left unsettled by an earlier request of this process.
 */
function isOwnPendingClaim(answer: StoredAnswer | undefined, claim: Claim, claimedAt: string): boolean {
  if (answer?.state !== "pending" || answer.fingerprint !== claim.fingerprint || inProcess.get(claim.id) !== 1) return false;
  return answer.createdAt === claimedAt || unsettled.keys.has(claim.id);
}

/** A pending claim older than this is taken to belong to a request that died. */
const ABANDONED_AFTER_MS = 120_000;

function isAbandoned(answer: StoredAnswer | undefined, now: Date): boolean {
  return answer?.state === "pending" && now.getTime() - Date.parse(answer.createdAt) > ABANDONED_AFTER_MS;
}

function replay(answer: StoredAnswer | undefined, fingerprint: string): ApiResponse {
  if (!answer) throw conflict("Requête identique en cours de traitement : réessayez dans un instant.");
  if (answer.fingerprint !== fingerprint) throw unprocessable("Cette clé Idempotency-Key a déjà servi pour une autre requête : utilisez une nouvelle clé.");
  if (answer.state === "pending") throw conflict("Requête identique en cours de traitement : réessayez dans un instant.");
  const headers = JSON.parse(answer.headers ?? "{}") as Record<string, string>;
  return { status: answer.status ?? 200, json: JSON.parse(answer.body ?? "null"), headers: { ...headers, "Idempotent-Replayed": "true" } };
}
