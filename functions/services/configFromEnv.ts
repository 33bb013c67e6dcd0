import { DEV_AUDIENCE, DEV_ISSUER } from "../auth/authConfig";
import type { AppConfig } from "./appConfig";

/**
 * Reads the configuration from the environment. Production sets AUTH_ISSUER, AUTH_AUDIENCE and
 * AUTH_JWKS_URL (Entra ID); without AUTH_JWKS_URL the public JWKs given in `localJwks` (the
 * generated development key) are trusted, with the development issuer and audience.
 */
export function configFromEnv(env: NodeJS.ProcessEnv, localJwks?: AppConfig["auth"]["localJwks"]): AppConfig {
  const storageConnectionString = env.AzureWebJobsStorage ?? env.STORAGE_CONNECTION_STRING;
  if (!storageConnectionString) throw new Error("AzureWebJobsStorage is not set");
  const jwksUrl = env.AUTH_JWKS_URL;
  if (!jwksUrl && !localJwks) throw new Error("AUTH_JWKS_URL is not set and no development key is available");
  const months = Number(env.FRESHNESS_MONTHS ?? "6");
  return {
    storageConnectionString,
    storagePrefix: env.STORAGE_PREFIX ?? "",
    epciSiren: env.EPCI_SIREN ?? "242100410",
    freshnessMonths: Number.isInteger(months) && months > 0 ? months : 6,
    auth: {
      issuer: env.AUTH_ISSUER ?? DEV_ISSUER,
      audience: env.AUTH_AUDIENCE ?? DEV_AUDIENCE,
      ...(jwksUrl ? { jwksUrl } : { localJwks }),
      communeClaim: env.AUTH_COMMUNE_CLAIM ?? "commune",
    },
  };
}
