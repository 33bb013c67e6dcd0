import { createHash, randomUUID } from "node:crypto";
import type { Services } from "../services/services";
import { claimKey, completeKey, readAnswer, refreshClaim, releaseKey, takeOverClaim, type StoredAnswer } from "../storage/idempotency/idempotencyTable";
import { keepClaimAlive } from "../storage/idempotency/keepClaimAlive";
import { ApiError, badRequest, unprocessable } from "./apiError";
import type { ApiRequest } from "./apiRequest";
import type { ApiResponse } from "./apiResponse";

/** An acceptable `Idempotency-Key`: 8 to 200 letters, digits, `.`, `_`, `:` or `-` (the OpenAPI document declares this very rule). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/** How claims age: the running request refreshes its claim every `heartbeatMs`; one not refreshed for `abandonedAfterMs` is abandoned. */
export interface ClaimTiming {
  readonly heartbeatMs: number;
  readonly abandonedAfterMs: number;
}

/**
 * A claim is refreshed every 5 s while its request runs, and taken for abandoned (its request died
 * with its instance) once not refreshed for 15 s: three beats missed, never a request still running.
 */
export const CLAIM_TIMING: ClaimTiming = { heartbeatMs: 5_000, abandonedAfterMs: 15_000 };

/**
 * Makes a write safe to retry: with an `Idempotency-Key`, the first request's answer (success or
 * refusal) is stored and replayed for the same key and body; the same key with another body is
 * refused (422); a retry while the first is still running gets 409 with `Retry-After` (the seconds
 * until its claim could be taken over). Without the header, runs as is.
 *
 * The running request refreshes its claim while it runs (see {@link CLAIM_TIMING}); a claim no longer
 * refreshed belongs to a request that died, and the next retry takes it over (a conditional write:
 * of two retries, one wins). When storage fails half-way (its answer lost, or unreachable), the claim
 * may stay pending with nobody running it. This process then recognises its own claim — the one a
 * storage retry wrote although its first answer was lost, or one a request here left unsettled — and
 * goes on with it at once. Going on is safe: the writes behind a key are once-only (a submission
 * finds the version its key created).
 */
export async function withIdempotency(services: Services, request: ApiRequest, scope: string, run: () => Promise<ApiResponse>, timing: ClaimTiming = CLAIM_TIMING): Promise<ApiResponse> {
  const key = request.header("idempotency-key");
  if (key === undefined) return run();
  if (!IDEMPOTENCY_KEY.test(key)) throw badRequest("En-tête Idempotency-Key invalide : 8 à 200 caractères parmi lettres, chiffres, . _ : -.");
  const fingerprint = createHash("sha256").update(request.method).update("\n").update(request.body).digest("hex");
  const id = `${scope}\n${key}`;
  inProcess.set(id, (inProcess.get(id) ?? 0) + 1);
  try {
    return await runOnce(services, { scope, key, fingerprint, id, holder: randomUUID() }, run, timing);
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
  /** This request's own identifier, written in the claim it holds. */
  readonly holder: string;
}

async function runOnce(services: Services, claim: Claim, run: () => Promise<ApiResponse>, timing: ClaimTiming): Promise<ApiResponse> {
  const { store } = services;
  const { scope, key, fingerprint, id, holder } = claim;
  const now = () => services.now().toISOString();
  const etag = await holdClaim(services, claim, timing);
  if (typeof etag !== "string") return etag;
  unsettled.forget(id);
  const heartbeat = keepClaimAlive(etag, timing.heartbeatMs, (current) => refreshClaim(store, scope, key, current, { holder, now: now() }));
  let response: ApiResponse;
  try {
    response = await run();
  } catch (error) {
    const held = await heartbeat.stop();
    if (error instanceof ApiError && error.fault === "user") {
      response = { status: error.status, json: { error: { code: error.code, message: error.message, ...(error.problems.length ? { problems: error.problems } : {}) } }, headers: { ...error.headers } };
    } else {
      if (held !== undefined) await releaseKey(store, scope, key, held).catch(() => undefined);
      throw error;
    }
  }
  await heartbeat.stop();
  await completeKey(store, scope, key, {
    fingerprint,
    status: response.status,
    body: JSON.stringify(response.json ?? null),
    headers: JSON.stringify(response.headers ?? {}),
    createdAt: now(),
  });
  return response;
}

/**
 * Holds the key's claim for this request: a new claim, this process's own pending one, or an
 * abandoned one taken over — its ETag; otherwise the answer to give (the stored one replayed).
 */
async function holdClaim(services: Services, claim: Claim, timing: ClaimTiming): Promise<string | ApiResponse> {
  const { store } = services;
  const { scope, key, fingerprint, holder } = claim;
  const claimant = () => ({ fingerprint, holder, now: services.now().toISOString() });
  const created = await claimKey(store, scope, key, claimant());
  if (created !== undefined) return created;
  const answer = await readAnswer(store, scope, key);
  // This very request's claim, written although the storage's answer was lost (its SDK retried).
  if (answer?.state === "pending" && answer.holder === holder && answer.etag) return answer.etag;
  // A claim this process left unsettled, or one whose request died: taken over, unless it changed since it was read.
  const takeOver = answer !== undefined && (isOwnUnsettledClaim(answer, claim) || isAbandoned(answer, services.now(), timing));
  if (!takeOver) return replay(answer, fingerprint, services.now(), timing);
  return (await takeOverClaim(store, scope, key, answer.etag ?? "*", claimant())) ?? replay(await readAnswer(store, scope, key), fingerprint, services.now(), timing);
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
 * True when a pending claim of the same request was left unsettled by an earlier request of this
 * process (storage failed before it could answer or release it) and nobody else here handles the key.
 */
function isOwnUnsettledClaim(answer: StoredAnswer, claim: Claim): boolean {
  return answer.state === "pending" && answer.fingerprint === claim.fingerprint && inProcess.get(claim.id) === 1 && unsettled.keys.has(claim.id);
}

/** True for a pending claim its request has not refreshed for `abandonedAfterMs`. */
function isAbandoned(answer: StoredAnswer, now: Date, timing: ClaimTiming): boolean {
  return answer.state === "pending" && now.getTime() - lastSignOf(answer) > timing.abandonedAfterMs;
}

/** When the request of a pending claim last said it runs (ms since the epoch). */
function lastSignOf(answer: StoredAnswer): number {
  return Date.parse(answer.refreshedAt ?? answer.createdAt);
}

/** 409 for a request still running, with the seconds until its claim could be taken over (1 at least). */
function stillRunning(answer: StoredAnswer | undefined, now: Date, timing: ClaimTiming): ApiError {
  const waitMs = answer ? lastSignOf(answer) + timing.abandonedAfterMs - now.getTime() : 0;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(409, "conflit", `Requête identique en cours de traitement : réessayez dans ${seconds} s.`, [], { "Retry-After": String(seconds) });
}

function replay(answer: StoredAnswer | undefined, fingerprint: string, now: Date, timing: ClaimTiming): ApiResponse {
  if (!answer) throw stillRunning(undefined, now, timing);
  if (answer.fingerprint !== fingerprint) throw unprocessable("Cette clé Idempotency-Key a déjà servi pour une autre requête : utilisez une nouvelle clé.");
  if (answer.state === "pending") throw stillRunning(answer, now, timing);
  const headers = JSON.parse(answer.headers ?? "{}") as Record<string, string>;
  return { status: answer.status ?? 200, json: JSON.parse(answer.body ?? "null"), headers: { ...headers, "Idempotent-Replayed": "true" } };
}
