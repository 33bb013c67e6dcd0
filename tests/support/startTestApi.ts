import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { generateDevKeys, type DevKeys } from "../../functions/auth/devKeys";
import { signDevToken, type DevTokenClaims } from "../../functions/auth/signDevToken";
import { createLocalHost } from "../../functions/localHost/createLocalHost";
import { ROUTES } from "../../functions/routes/routeTable";
import { configFromEnv } from "../../functions/services/configFromEnv";
import { createServices } from "../../functions/services/createServices";
import type { Services } from "../../functions/services/services";
import { ensureStore } from "../../functions/storage/store";
import { contractViolation } from "./contractViolation";
import { recordContractViolation } from "./contractViolations";

/** A running API for a test file: local host on a free port, with its own tables. */
export interface TestApi {
  readonly url: string;
  readonly services: Services;
  readonly keys: DevKeys;
  /** The table and container prefix of this API's storage. */
  readonly prefix: string;
  /** What the API logged (internal errors with their stack: never sent to clients). */
  readonly logs: readonly string[];
  token(claims: DevTokenClaims): Promise<string>;
  /** fetch under /api with an optional bearer token. */
  call(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** Options: the storage (the run's Azurite by default; a fault-injecting proxy, another Azurite…) and a fixed clock. */
export interface TestApiOptions {
  readonly connectionString?: string;
  readonly now?: () => Date;
  /** More configuration variables (AUTH_COMMUNE_CLAIM…). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Starts the API for tests, on fresh tables (a random prefix). */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const connectionString = options.connectionString ?? process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString) throw new Error("TEST_STORAGE_CONNECTION_STRING missing: jest globalSetup did not run");
  const keys = await generateDevKeys();
  const prefix = `t${randomBytes(5).toString("hex")}`;
  const config = configFromEnv({ ...options.env, AzureWebJobsStorage: connectionString, STORAGE_PREFIX: prefix }, { keys: [keys.publicJwk as Record<string, unknown>] });
  const logs: string[] = [];
  const services = createServices(config, { log: (message) => logs.push(message), ...(options.now ? { now: options.now } : {}) });
  await ensureStore(services.store);
  const server = createLocalHost(ROUTES, services);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    services,
    keys,
    prefix,
    logs,
    token: (claims) => signDevToken(keys, claims),
    call: async (path, init = {}) => {
      const { token, headers, ...rest } = init;
      const response = await fetch(`${url}/api/${path}`, { ...rest, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) } });
      const violation = contractViolation(rest.method ?? "GET", path, response.status, response.headers.get("content-type"), await response.clone().text());
      if (violation) recordContractViolation(violation);
      return response;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
