import { SignJWT, base64url, importJWK } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../../functions/auth/authConfig";
import { generateDevKeys } from "../../../functions/auth/devKeys";
import type { Role } from "../../../shared/access/role";
import type { TestApi } from "../../support/startTestApi";

/** Who calls, for the access matrix: the four legitimate callers, then every kind of token to refuse. */
export const CALLERS = [
  "commune (own)",
  "commune (other)",
  "staff",
  "finance",
  "commune+finance (own)",
  "commune+finance (other)",
  "commune+staff (own)",
  "commune+staff (other)",
  "staff+finance",
  "commune+staff+finance (own)",
  "commune+staff+finance (other)",
  "no token",
  "expired",
  "not yet valid",
  "wrong audience",
  "wrong issuer",
  "alg none",
  "tampered signature",
  "unknown key id",
  "another key, known key id",
  "commune without INSEE code",
  "no known role",
  "not a JWT",
] as const;

export type Caller = (typeof CALLERS)[number];

/** A valid token: the roles it carries, and whether the call targets another commune than the token's. */
export interface ValidCaller {
  readonly roles: readonly Role[];
  readonly other: boolean;
}

/** The callers that hold a valid token (commune tokens name the own commune; "(other)" calls another one). */
export const VALID_CALLERS: Partial<Record<Caller, ValidCaller>> = {
  "commune (own)": { roles: ["commune"], other: false },
  "commune (other)": { roles: ["commune"], other: true },
  staff: { roles: ["staff"], other: false },
  finance: { roles: ["finance"], other: false },
  "commune+finance (own)": { roles: ["commune", "finance"], other: false },
  "commune+finance (other)": { roles: ["commune", "finance"], other: true },
  "commune+staff (own)": { roles: ["commune", "staff"], other: false },
  "commune+staff (other)": { roles: ["commune", "staff"], other: true },
  "staff+finance": { roles: ["staff", "finance"], other: false },
  "commune+staff+finance (own)": { roles: ["commune", "staff", "finance"], other: false },
  "commune+staff+finance (other)": { roles: ["commune", "staff", "finance"], other: true },
};

interface Forged {
  readonly roles?: readonly string[];
  readonly commune?: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly expires?: number;
  readonly notBefore?: number;
  readonly kid?: string;
}

/** The Authorization header of each caller (undefined: none), for an API whose key signs them. */
export async function authorizationOf(api: TestApi, own: string): Promise<Record<Caller, string | undefined>> {
  const now = Math.floor(Date.now() / 1000);
  const key = await importJWK(api.keys.privateJwk, "RS256");
  const kid = String(api.keys.privateJwk.kid);
  const forge = (options: Forged = {}) =>
    new SignJWT({ roles: options.roles ?? ["staff"], ...(options.commune ? { commune: options.commune } : {}) })
      .setProtectedHeader({ alg: "RS256", kid: options.kid ?? kid, typ: "JWT" })
      .setIssuer(options.issuer ?? DEV_ISSUER)
      .setAudience(options.audience ?? DEV_AUDIENCE)
      .setSubject("appelant")
      .setIssuedAt(now - 10)
      .setNotBefore(options.notBefore ?? now - 10)
      .setExpirationTime(options.expires ?? now + 600)
      .sign(key);
  const staffClaims = base64url.encode(JSON.stringify({ roles: ["staff"], sub: "appelant", iss: DEV_ISSUER, aud: DEV_AUDIENCE, iat: now, exp: now + 600 }));
  const valid = await forge({ roles: ["commune"], commune: "21999" });
  const [header, , signature] = valid.split(".");
  const stranger = await generateDevKeys();
  const bearer = (token: string) => `Bearer ${token}`;
  return {
    "commune (own)": bearer(await api.token({ role: "commune", commune: own })),
    "commune (other)": bearer(await api.token({ role: "commune", commune: own })),
    staff: bearer(await api.token({ role: "staff" })),
    finance: bearer(await api.token({ role: "finance" })),
    "commune+finance (own)": bearer(await forge({ roles: ["commune", "finance"], commune: own })),
    "commune+finance (other)": bearer(await forge({ roles: ["commune", "finance"], commune: own })),
    "commune+staff (own)": bearer(await forge({ roles: ["commune", "staff"], commune: own })),
    "commune+staff (other)": bearer(await forge({ roles: ["commune", "staff"], commune: own })),
    "staff+finance": bearer(await forge({ roles: ["staff", "finance"] })),
    "commune+staff+finance (own)": bearer(await forge({ roles: ["commune", "staff", "finance"], commune: own })),
    "commune+staff+finance (other)": bearer(await forge({ roles: ["commune", "staff", "finance"], commune: own })),
    "no token": undefined,
    expired: bearer(await forge({ expires: now - 3600, notBefore: now - 7200 })),
    "not yet valid": bearer(await forge({ notBefore: now + 3600, expires: now + 7200 })),
    "wrong audience": bearer(await forge({ audience: "api://une-autre-api" })),
    "wrong issuer": bearer(await forge({ issuer: "https://login.pirate.example/" })),
    "alg none": bearer(`${base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }))}.${staffClaims}.`),
    // A commune's token whose claims were swapped for staff's: the signature no longer matches.
    "tampered signature": bearer(`${header}.${staffClaims}.${signature}`),
    "unknown key id": bearer(await forge({ kid: "cle-inconnue" })),
    "another key, known key id": bearer(
      await new SignJWT({ roles: ["staff"] }).setProtectedHeader({ alg: "RS256", kid }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setSubject("x").setExpirationTime("1h").sign(await importJWK(stranger.privateJwk, "RS256")),
    ),
    "commune without INSEE code": bearer(await forge({ roles: ["commune"] })),
    "no known role": bearer(await forge({ roles: ["admin"] })),
    "not a JWT": "Bearer pas-un-jeton",
  };
}
