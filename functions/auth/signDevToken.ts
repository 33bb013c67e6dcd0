import { importJWK, SignJWT } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "./authConfig";
import type { DevKeys } from "./devKeys";
import type { Role } from "./principal";

/** What a development token says. */
export interface DevTokenClaims {
  readonly role: Role;
  readonly commune?: string;
  readonly subject?: string;
  readonly name?: string;
  /** Lifetime, e.g. "8h" (default). */
  readonly expiresIn?: string;
}

/** Signs a development token with the local key (RS256), dev issuer and audience. */
export async function signDevToken(keys: DevKeys, claims: DevTokenClaims): Promise<string> {
  const key = await importJWK(keys.privateJwk, "RS256");
  const subject = claims.subject ?? (claims.role === "commune" ? `commune-${claims.commune}` : `${claims.role}-dev`);
  return new SignJWT({ roles: [claims.role], ...(claims.commune ? { commune: claims.commune } : {}), ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: "RS256", kid: String(keys.privateJwk.kid), typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(claims.expiresIn ?? "8h")
    .sign(key);
}
