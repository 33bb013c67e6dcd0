import type { AddressInfo } from "node:net";
import { createLocalHost } from "../../functions/localHost/createLocalHost";
import { ROUTES } from "../../functions/routes/routeTable";
import { configFromEnv } from "../../functions/services/configFromEnv";
import { createServices } from "../../functions/services/createServices";
import { ensureStore } from "../../functions/storage/store";

// The API in a process of its own for benchmarks (as in production: clients and API apart).
// Env: AzureWebJobsStorage, STORAGE_PREFIX, EPCI_SIREN, BENCH_PUBLIC_JWK. Prints "PORT <n>".
async function main(): Promise<void> {
  const publicJwk = JSON.parse(process.env.BENCH_PUBLIC_JWK ?? "{}") as Record<string, unknown>;
  const services = createServices(configFromEnv(process.env, { keys: [publicJwk] }), { log: () => undefined });
  await ensureStore(services.store);
  const server = createLocalHost(ROUTES, services);
  server.listen(0, "127.0.0.1", () => process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

void main();
