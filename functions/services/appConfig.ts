import type { AuthConfig } from "../auth/authConfig";

/** Deployment configuration (environment variables; see local.settings.example.json). */
export interface AppConfig {
  /** Storage connection string (`AzureWebJobsStorage`). */
  readonly storageConnectionString: string;
  /** Prefix of table and container names (isolates test runs). */
  readonly storagePrefix: string;
  /** SIREN of the EPCI running this deployment (Dijon Métropole by default). */
  readonly epciSiren: string;
  /** Maximum age in months of an état des lieux at submission and validation. */
  readonly freshnessMonths: number;
  readonly auth: AuthConfig;
}
