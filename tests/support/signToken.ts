import { importJWK, SignJWT } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../functions/auth/authConfig";
import type { DevKeys } from "../../functions/auth/devKeys";

/** A token as an identity provider could issue it: any claims (several roles, a custom commune claim…), signed with the test API's key. */
export async function signToken(keys: DevKeys, claims: Record<string, unknown>, lifetime = "10m"): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: String(keys.privateJwk.kid), typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(typeof claims.sub === "string" ? claims.sub : "personne")
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(await importJWK(keys.privateJwk, "RS256"));
}
