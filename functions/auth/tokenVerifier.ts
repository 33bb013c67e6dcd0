import { isInseeCode } from "../../shared/identifiers/inseeCode";
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { unauthorized } from "../http/apiError";
import type { AuthConfig } from "./authConfig";
import { outlivesDevTokenLifetime } from "./devTokenLifetime";
import { ROLES } from "../../shared/access/role";
import type { Principal } from "./principal";
import { createVerifiedTokenCache } from "./verifiedTokenCache";

const ALGORITHMS = ["RS256", "ES256", "PS256"];
const CLOCK_TOLERANCE_SECONDS = 30;

/** Verifies a bearer token (signature, issuer, audience, expiry, not-before) and returns the caller. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

/**
 * Builds the verifier for a configuration: a remote JWKS in production, a local key set otherwise.
 * A token already verified is recognised by its text for a few minutes (see verifiedTokenCache):
 * its signature is not checked again on every request of the same client.
 */
export function createTokenVerifier(config: AuthConfig, now: () => Date = () => new Date()): TokenVerifier {
  const keys: JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : createLocalJWKSet({ keys: [...(config.localJwks?.keys ?? [])] as never[] });
  const verified = createVerifiedTokenCache(CLOCK_TOLERANCE_SECONDS);
  return async (authorization) => {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? "");
    const token = match?.[1];
    if (!token) throw unauthorized();
    const currentDate = now();
    const nowSeconds = currentDate.getTime() / 1000;
    const known = verified.get(token, nowSeconds);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: config.issuer, audience: config.audience, algorithms: ALGORITHMS, clockTolerance: CLOCK_TOLERANCE_SECONDS, currentDate }));
    } catch (error) {
      throw unauthorized(reasonOf(error));
    }
    // Development keys sign tokens of 12 h at most: one valid longer was not made by npm start or npm run token.
    if (!config.jwksUrl && outlivesDevTokenLifetime(payload, nowSeconds, CLOCK_TOLERANCE_SECONDS)) throw unauthorized("Jeton de développement valable plus de 12 h : refusé. Demandez-en un nouveau.");
    const principal = toPrincipal(payload, config.communeClaim);
    verified.remember(token, principal, payload.exp, nowSeconds);
    return principal;
  };
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ERR_JWT_EXPIRED") return "Session expirée : reconnectez-vous.";
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") return "Jeton refusé : émetteur, audience ou date de validité incorrects.";
  return "Jeton d'accès invalide.";
}

function toPrincipal(payload: JWTPayload, communeClaim: string): Principal {
  const rawRoles = Array.isArray(payload.roles) ? payload.roles : typeof payload.role === "string" ? [payload.role] : [];
  const roles = ROLES.filter((role) => rawRoles.includes(role));
  if (roles.length === 0 || typeof payload.sub !== "string") throw unauthorized("Jeton sans rôle reconnu (commune, staff ou finance).");
  const commune = payload[communeClaim];
  if (roles.includes("commune") && (typeof commune !== "string" || !isInseeCode(commune))) {
    throw unauthorized("Jeton de commune sans code INSEE valide.");
  }
  const name = typeof payload.name === "string" ? payload.name : undefined;
  return {
    subject: payload.sub,
    roles,
    ...(name ? { name } : {}),
    ...(typeof commune === "string" && roles.includes("commune") ? { commune } : {}),
    ...(typeof payload.exp === "number" ? { expiresAt: payload.exp } : {}),
  };
}
