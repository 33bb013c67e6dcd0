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

/** A running API for a test file: local host on a free port, against the run's Azurite, with its own tables. */
export interface TestApi {
  readonly url: string;
  readonly services: Services;
  readonly keys: DevKeys;
  token(claims: DevTokenClaims): Promise<string>;
  /** fetch under /api with an optional bearer token. */
  call(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the API for tests; `now` fixes the clock when given. */
export async function startTestApi(options: { now?: () => Date } = {}): Promise<TestApi> {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString) throw new Error("TEST_STORAGE_CONNECTION_STRING missing: jest globalSetup did not run");
  const keys = await generateDevKeys();
  const prefix = `t${randomBytes(5).toString("hex")}`;
  const config = configFromEnv({ AzureWebJobsStorage: connectionString, STORAGE_PREFIX: prefix }, { keys: [keys.publicJwk as Record<string, unknown>] });
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
    token: (claims) => signDevToken(keys, claims),
    call: (path, init = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${url}/api/${path}`, { ...rest, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) } });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
