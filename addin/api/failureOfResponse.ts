import type { Finding } from "../../shared/checks/finding";
import type { Problem } from "../../shared/validation/problem";
import { ApiFailure } from "./ApiFailure";

const FALLBACK: Readonly<Record<number, string>> = {
  400: "Requête refusée par le service.",
  401: "Votre session a expiré : reconnectez-vous.",
  403: "Accès refusé : votre rôle ne permet pas cette action.",
  404: "Élément introuvable.",
  409: "Opération impossible dans l'état actuel.",
  412: "Les données ont changé depuis votre lecture : rechargez-les.",
  413: "Envoi trop volumineux.",
  428: "Version requise : ouvrez d'abord les données enregistrées, puis recommencez.",
};

/**
 * An API error answer (`{ error: { code, message, problems? }, findings? }`) as an ApiFailure with the
 * server's French message, and the wait its `Retry-After` header asks for, if any.
 */
export function failureOfResponse(status: number, body: unknown, retryAfter?: string | null, now: number = Date.now()): ApiFailure {
  const record = typeof body === "object" && body !== null ? (body as { error?: { code?: unknown; message?: unknown; problems?: unknown }; findings?: unknown }) : {};
  const error = record.error ?? {};
  const message =
    typeof error.message === "string" && error.message !== ""
      ? error.message
      : (FALLBACK[status] ?? (status >= 500 ? `Le service rencontre un problème (${status}). Réessayez dans quelques instants.` : `Requête refusée (${status}).`));
  const problems = Array.isArray(error.problems) ? (error.problems as Problem[]) : [];
  const findings = Array.isArray(record.findings) ? (record.findings as Finding[]) : [];
  const wait = retryAfterMs(retryAfter, now);
  return new ApiFailure(status === 401 ? "unauthorized" : "http", message, status, typeof error.code === "string" ? error.code : undefined, problems, findings, wait);
}

/** `Retry-After` (seconds, or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
