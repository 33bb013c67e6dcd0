import { createTokenVerifier } from "../auth/tokenVerifier";
import { createStore } from "../storage/store";
import type { AppConfig } from "./appConfig";
import type { Services } from "./services";

/** Builds the services of a process from its configuration (no network call). */
export function createServices(config: AppConfig, overrides: Partial<Pick<Services, "now" | "log">> = {}): Services {
  return {
    config,
    verifyToken: createTokenVerifier(config.auth),
    store: createStore(config.storageConnectionString, config.storagePrefix),
    now: overrides.now ?? (() => new Date()),
    log: overrides.log ?? ((message) => console.error(message)),
  };
}
