import { isInseeCode } from "../../shared/identifiers/inseeCode";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { DevKeys } from "../../functions/auth/devKeys";
import { devTokenLifetimeProblem, devTokenLifetimeSeconds } from "../../functions/auth/devTokenLifetime";
import type { Role } from "../../functions/auth/principal";
import { signDevToken } from "../../functions/auth/signDevToken";
import { readSmallBody } from "./readSmallBody";
import { sameOriginProblem } from "./sameOriginProblem";
import { errorJson, sendAnswer } from "./sendAnswer";

const ROLES: readonly Role[] = ["commune", "staff", "finance"];
const DEV_NAMES: Readonly<Record<Role, string>> = { commune: "Mairie (démo)", staff: "Agent du service commun (démo)", finance: "Direction des finances (démo)" };
/** `{ role, commune, expiresIn }` fits in far less. */
const MAX_BODY_BYTES = 4096;

/** What the endpoint needs: the development keys, this server's port and its security headers. */
export interface DevTokenContext {
  readonly keys: DevKeys;
  readonly port: number;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * `POST /dev/token` `{ role, commune?, expiresIn? }` → `{ token }`, signed with the development keys
 * (local mode only). Only for this server's own pages: same origin (else 403), JSON (else 415), a
 * lifetime of 12 h at most (`expiresIn`, 8 h by default; else 400 naming it).
 */
export async function serveDevToken(request: IncomingMessage, response: ServerResponse, context: DevTokenContext): Promise<void> {
  const { headers } = context;
  const refuse = (status: number, code: string, message: string, extra: Record<string, string> = {}) => sendAnswer(response, headers, status, errorJson(code, message), { "Cache-Control": "no-store", ...extra });
  if (request.method !== "POST") return refuse(405, "methode_non_autorisee", "Méthode non autorisée : un jeton se demande par POST.", { Allow: "POST" });
  const foreign = sameOriginProblem(request.headers, context.port);
  if (foreign) return refuse(403, "origine_refusee", foreign);
  if (!/^application\/json\s*(;|$)/i.test(request.headers["content-type"] ?? "")) return refuse(415, "type_non_supporte", "Corps JSON attendu (Content-Type: application/json) : { role, commune, expiresIn }.");
  const bytes = await readSmallBody(request, MAX_BODY_BYTES).catch(() => null);
  // The client broke the connection half-way: nobody to answer.
  if (bytes === null) return void response.destroy();
  if (!bytes) return refuse(413, "corps_trop_volumineux", `Corps trop volumineux : ${MAX_BODY_BYTES} octets au plus.`, { Connection: "close" });
  let body: { role?: unknown; commune?: unknown; expiresIn?: unknown };
  try {
    body = JSON.parse(bytes.toString("utf8") || "{}") as typeof body;
  } catch {
    return refuse(400, "requete_invalide", "Corps JSON attendu : { role, commune }.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return refuse(400, "requete_invalide", "Corps JSON attendu : { role, commune }.");
  const role = ROLES.find((candidate) => candidate === body.role);
  if (!role) return refuse(400, "requete_invalide", "role : rôle attendu : commune, staff ou finance.");
  const commune = typeof body.commune === "string" ? body.commune.trim().toUpperCase() : undefined;
  if (role === "commune" && !isInseeCode(commune)) return refuse(400, "requete_invalide", "commune : code INSEE de la commune attendu (5 caractères, par exemple 21231).");
  const expiresIn = body.expiresIn ?? "8h";
  if (typeof expiresIn !== "string" || devTokenLifetimeSeconds(expiresIn) === undefined) return refuse(400, "requete_invalide", devTokenLifetimeProblem("expiresIn"));
  const token = await signDevToken(context.keys, { role, ...(role === "commune" ? { commune } : {}), name: DEV_NAMES[role], expiresIn });
  sendAnswer(response, headers, 200, { json: { token } }, { "Cache-Control": "no-store" });
}
