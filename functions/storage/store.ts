import { TableClient } from "@azure/data-tables";
import { BlobServiceClient, type ContainerClient } from "@azure/storage-blob";
import { storageTimeoutPolicy } from "./storageTimeoutPolicy";
import { STORAGE_TIMEOUT_MS } from "./storageTimeoutMs";

/**
 * The tables of the product; documents live in one blob container. `dossiers` holds one partition per
 * commune: its head row, submitted versions, history events, idempotency markers and audit entries;
 * and the Métropole's (`metropole`): its head, the yearly cost items, the runs and their publication,
 * and its audit entries. So a change and its audit entry are always written in one transaction.
 */
export const TABLE_NAMES = ["dossiers", "drafts", "idempotency"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Clients for the product's tables and its document container. */
export interface Store {
  table(name: TableName): TableClient;
  readonly documents: ContainerClient;
}

/**
 * Fail fast when storage is unreachable: a couple of quick retries absorb a blip, then the API
 * answers 503 within seconds instead of holding the request through long exponential back-offs.
 * A storage that never answers is cut by a client-side timeout (`STORAGE_TIMEOUT_MS`): per try for
 * tables (the policy below), per call for blobs (`storageDeadline`). A timed-out try is not retried.
 */
const TABLE_RETRIES = { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 1000 };
const BLOB_RETRIES = { maxTries: 3, tryTimeoutInMs: STORAGE_TIMEOUT_MS, retryDelayInMs: 100, maxRetryDelayInMs: 1000 };

/** The table clients' options: fail-fast retries, and each try cut after `STORAGE_TIMEOUT_MS`. */
function tableOptions(allowInsecureConnection: boolean): Parameters<typeof TableClient.fromConnectionString>[2] {
  return {
    allowInsecureConnection,
    retryOptions: TABLE_RETRIES,
    additionalPolicies: [{ policy: storageTimeoutPolicy, position: "perRetry" }],
  };
}

/** Creates the clients (no network call). `prefix` isolates a test run's tables and container. */
export function createStore(connectionString: string, prefix = ""): Store {
  const insecure = /DefaultEndpointsProtocol=http;|Endpoint=http:\/\/|UseDevelopmentStorage=true/i.test(connectionString);
  const clients = new Map<TableName, TableClient>();
  for (const name of TABLE_NAMES) {
    clients.set(name, TableClient.fromConnectionString(connectionString, `${prefix}${name}`, tableOptions(insecure)));
  }
  const documents = BlobServiceClient.fromConnectionString(connectionString, { retryOptions: BLOB_RETRIES }).getContainerClient(`${prefix.toLowerCase()}documents`);
  return {
    table: (name) => clients.get(name) as TableClient,
    documents,
  };
}

/** Creates the tables and the container when missing (idempotent). */
export async function ensureStore(store: Store): Promise<void> {
  await Promise.all([...TABLE_NAMES.map((name) => store.table(name).createTable()), store.documents.createIfNotExists()]);
}
