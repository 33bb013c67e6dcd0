import { startAzurite } from "../../scripts/startAzurite";

/**
 * One in-memory Azurite for the integration tests (the integration project's global setup: jest runs it only when
 * one of that project's tests runs, never for `--selectProjects unit`); each test file isolates itself with a table prefix.
 */
export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  (globalThis as { __azurite?: unknown }).__azurite = azurite;
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
}
