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

/** An API error answer (`{ error: { code, message, problems? }, findings? }`) as an ApiFailure with the server's French message. */
export function failureOfResponse(status: number, body: unknown): ApiFailure {
  const record = typeof body === "object" && body !== null ? (body as { error?: { code?: unknown; message?: unknown; problems?: unknown }; findings?: unknown }) : {};
  const error = record.error ?? {};
  const message =
    typeof error.message === "string" && error.message !== ""
      ? error.message
      : (FALLBACK[status] ?? (status >= 500 ? `Le service rencontre un problème (${status}). Réessayez dans quelques instants.` : `Requête refusée (${status}).`));
  const problems = Array.isArray(error.problems) ? (error.problems as Problem[]) : [];
  const findings = Array.isArray(record.findings) ? (record.findings as Finding[]) : [];
  return new ApiFailure(status === 401 ? "unauthorized" : "http", message, status, typeof error.code === "string" ? error.code : undefined, problems, findings);
}
