import { createHash } from "node:crypto";
import type { Services } from "../services/services";
import { claimKey, completeKey, readAnswer, releaseKey } from "../storage/idempotency/idempotencyTable";
import { ApiError, badRequest, conflict, unprocessable } from "./apiError";
import type { ApiRequest } from "./apiRequest";
import type { ApiResponse } from "./apiResponse";

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * Makes a write safe to retry: with an `Idempotency-Key`, the first request's answer (success or
 * refusal) is stored and replayed for the same key and body; the same key with another body is
 * refused (422); a retry while the first is still running gets 409. Without the header, runs as is.
 */
export async function withIdempotency(services: Services, request: ApiRequest, scope: string, run: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const key = request.header("idempotency-key");
  if (key === undefined) return run();
  if (!KEY.test(key)) throw badRequest("En-tête Idempotency-Key invalide : 8 à 200 caractères parmi lettres, chiffres, . _ : -.");
  const fingerprint = createHash("sha256").update(request.method).update("\n").update(request.body).digest("hex");
  const { store } = services;
  if (!(await claimKey(store, scope, key, fingerprint, services.now().toISOString()))) {
    const answer = await readAnswer(store, scope, key);
    if (!isAbandoned(answer, services.now())) return replay(answer, fingerprint);
    // A claim left pending by a crashed request: release it and take it over.
    await releaseKey(store, scope, key);
    if (!(await claimKey(store, scope, key, fingerprint, services.now().toISOString()))) return replay(await readAnswer(store, scope, key), fingerprint);
  }
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

/** A pending claim older than this is taken to belong to a request that died. */
const ABANDONED_AFTER_MS = 120_000;

function isAbandoned(answer: Awaited<ReturnType<typeof readAnswer>>, now: Date): boolean {
  return answer?.state === "pending" && now.getTime() - Date.parse(answer.createdAt) > ABANDONED_AFTER_MS;
}

function replay(answer: Awaited<ReturnType<typeof readAnswer>>, fingerprint: string): ApiResponse {
  if (!answer) throw conflict("Requête identique en cours de traitement : réessayez dans un instant.");
  if (answer.fingerprint !== fingerprint) throw unprocessable("Cette clé Idempotency-Key a déjà servi pour une autre requête : utilisez une nouvelle clé.");
  if (answer.state === "pending") throw conflict("Requête identique en cours de traitement : réessayez dans un instant.");
  const headers = JSON.parse(answer.headers ?? "{}") as Record<string, string>;
  return { status: answer.status ?? 200, json: JSON.parse(answer.body ?? "null"), headers: { ...headers, "Idempotent-Replayed": "true" } };
}
