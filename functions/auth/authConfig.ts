/**
 * How tokens are verified. In production: Entra ID's issuer, the API's audience and the JWKS URL.
 * Locally: the generated development key (see devKeys.ts) and the dev issuer/audience.
 */
export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  /** JWKS URL (production); absent locally. */
  readonly jwksUrl?: string;
  /** Public JWK set (local development and tests). */
  readonly localJwks?: { readonly keys: readonly Record<string, unknown>[] };
  /** Claim carrying the commune's INSEE code. */
  readonly communeClaim: string;
}

/** Issuer of locally signed development tokens. */
export const DEV_ISSUER = "urn:adhesion-services-communs:dev";
/** Audience of the API for development tokens. */
export const DEV_AUDIENCE = "api://adhesion-services-communs";
