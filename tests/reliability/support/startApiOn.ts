import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { generateDevKeys } from "../../../functions/auth/devKeys";
import { signDevToken } from "../../../functions/auth/signDevToken";
import { createLocalHost } from "../../../functions/localHost/createLocalHost";
import { ROUTES } from "../../../functions/routes/routeTable";
import { configFromEnv } from "../../../functions/services/configFromEnv";
import { createServices } from "../../../functions/services/createServices";
import { ensureStore } from "../../../functions/storage/store";
import type { TestApi } from "../../support/startTestApi";

/** A test API whose internal errors (500s) are kept for the test to assert on. */
export interface ReliabilityApi extends TestApi {
  /** What the API logged (internal errors with their stack: never sent to clients). */
  readonly logs: readonly string[];
  readonly prefix: string;
}

/** Options: the storage to use (the run's Azurite by default), a table prefix (fresh by default), a clock. */
export interface ApiOptions {
  readonly connectionString?: string;
  readonly prefix?: string;
  readonly now?: () => Date;
  /** Skip creating the tables (when storage is known to be down at start). */
  readonly skipEnsure?: boolean;
}

/**
 * Starts the local host on a free port like `startTestApi`, but on any storage connection string
 * (a fault-injecting proxy, a persisted Azurite) and keeping the API's log.
 */
export async function startApiOn(options: ApiOptions = {}): Promise<ReliabilityApi> {
  const connectionString = options.connectionString ?? process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString) throw new Error("TEST_STORAGE_CONNECTION_STRING missing: jest globalSetup did not run");
  const keys = await generateDevKeys();
  const prefix = options.prefix ?? `r${randomBytes(5).toString("hex")}`;
  const config = configFromEnv({ AzureWebJobsStorage: connectionString, STORAGE_PREFIX: prefix }, { keys: [keys.publicJwk as Record<string, unknown>] });
  const logs: string[] = [];
  const services = createServices(config, { log: (message) => logs.push(message), ...(options.now ? { now: options.now } : {}) });
  if (!options.skipEnsure) await ensureStore(services.store);
  const server = createLocalHost(ROUTES, services);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    prefix,
    services,
    keys,
    logs,
    token: (claims) => signDevToken(keys, claims),
    call: (path, init = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${url}/api/${path}`, { ...rest, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) } });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
