import { importJWK, SignJWT } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "./authConfig";
import type { DevKeys } from "./devKeys";
import { devTokenLifetimeProblem, devTokenLifetimeSeconds } from "./devTokenLifetime";
import type { Role } from "./principal";

/** What a development token says. */
export interface DevTokenClaims {
  readonly role: Role;
  readonly commune?: string;
  readonly subject?: string;
  readonly name?: string;
  /** Lifetime, `<n>s`, `<n>m` or `<n>h`, 12 h at most (see devTokenLifetime); "8h" by default. */
  readonly expiresIn?: string;
}

/**
 * Signs a development token with the local key (RS256), dev issuer and audience. A lifetime over 12 h
 * (or not written `<n>s|m|h`) is refused with a RangeError: the API refuses such tokens anyway.
 */
export async function signDevToken(keys: DevKeys, claims: DevTokenClaims): Promise<string> {
  const lifetime = devTokenLifetimeSeconds(claims.expiresIn ?? "8h");
  if (lifetime === undefined) throw new RangeError(devTokenLifetimeProblem("expiresIn"));
  const key = await importJWK(keys.privateJwk, "RS256");
  const subject = claims.subject ?? (claims.role === "commune" ? `commune-${claims.commune}` : `${claims.role}-dev`);
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [claims.role], ...(claims.commune ? { commune: claims.commune } : {}), ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: "RS256", kid: String(keys.privateJwk.kid), typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(key);
}
