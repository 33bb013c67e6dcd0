import type { Problem } from "../../shared/validation/problem";

/** Whose fault an error is: the caller's (4xx) or the system's (5xx). */
export type Fault = "user" | "system";

/** An error that becomes an HTTP answer with a French message (and, for bad input, the problems by field path). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly Problem[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The caller's fault for a 4xx, the system's for a 5xx. */
  get fault(): Fault {
    return this.status < 500 ? "user" : "system";
  }
}

/** 400: the request is malformed (not JSON, wrong types…). */
export const badRequest = (message: string, problems: readonly Problem[] = []) => new ApiError(400, "requete_invalide", message, problems);
/** 401: no valid sign-in. */
export const unauthorized = (message = "Authentification requise : jeton d'accès absent ou invalide.") =>
  new ApiError(401, "non_authentifie", message, [], { "WWW-Authenticate": 'Bearer realm="api"' });
/** 403: signed in, but not allowed. */
export const forbidden = (message = "Accès refusé : votre rôle ne permet pas cette action.") => new ApiError(403, "acces_refuse", message);
/** 404: nothing there (or nothing this caller may see). */
export const notFound = (message = "Ressource introuvable.") => new ApiError(404, "introuvable", message);
/** 409: the request conflicts with the current state. */
export const conflict = (message: string) => new ApiError(409, "conflit", message);
/** 412: the `If-Match` version is not the current one. */
export const preconditionFailed = (message: string) => new ApiError(412, "version_perimee", message);
/** 413: the body is too large. */
export const payloadTooLarge = (limitBytes: number) =>
  new ApiError(413, "trop_volumineux", `Requête trop volumineuse : ${Math.round(limitBytes / 1024)} Ko au plus.`);
/** 415: the body's media type is not accepted here. */
export const unsupportedMediaType = (message: string) => new ApiError(415, "type_non_supporte", message);
/** 422: well-formed, but the content cannot be accepted (findings, rules). */
export const unprocessable = (message: string, problems: readonly Problem[] = []) => new ApiError(422, "contenu_refuse", message, problems);
/** 428: a precondition header is required. */
export const preconditionRequired = (message: string) => new ApiError(428, "precondition_requise", message);
/** 503: storage or another dependency is unavailable; retry later. */
export const serviceUnavailable = (message = "Service momentanément indisponible (stockage injoignable). Réessayez dans quelques instants.") =>
  new ApiError(503, "indisponible", message, [], { "Retry-After": "5" });
