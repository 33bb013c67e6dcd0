import { odata, type TableEntityResult } from "@azure/data-tables";
import { mkdir } from "node:fs/promises";
import { DOSSIER_ROWS } from "../functions/storage/dossier/dossierRows";
import { isStatus } from "../functions/storage/isStatus";
import type { AuditEntry } from "../functions/storage/audit/auditEntry";
import { verifyAuditChain } from "../functions/storage/audit/verifyAuditChain";
import { createStore, type Store } from "../functions/storage/store";
import { localDataPaths } from "./localDataPaths";
import { startAzurite, type RunningAzurite } from "./startAzurite";

// npm run audit:verify — verifies every audit chain directly in storage, without the API: each
// entry's hash recomputed, each link to the previous entry, positions without gap, the chain's end
// against its head row, and chains whose head row was deleted. Exit 0: every chain intact;
// 1: tampering found; 2: verification impossible (storage unreachable, configuration).
// Storage: AzureWebJobsStorage (and STORAGE_PREFIX) when set — production included; otherwise the
// Azurite data of `npm start` (in its data folder: DATA_DIR, else .data), opened here: stop `npm start` first.

/** The verdict on one chain (a commune's INSEE code, or `metropole`). */
export type ChainReport = { readonly chain: string; readonly ok: true; readonly length: number } | { readonly chain: string; readonly ok: false; readonly seq: number; readonly reason: string };

type Row = TableEntityResult<Record<string, unknown>>;

const text = (row: Row, key: string) => (typeof row[key] === "string" ? (row[key] as string) : undefined);

/** An audit row back to an entry, or the reason it cannot be read (which is itself tampering). */
function toEntry(row: Row): AuditEntry | { unreadable: string } {
  const details = text(row, "details");
  let parsed: Record<string, unknown> | undefined;
  if (details !== undefined) {
    try {
      parsed = JSON.parse(details) as Record<string, unknown>;
    } catch {
      return { unreadable: "contenu modifié (détails illisibles)" };
    }
  }
  const from = text(row, "from");
  const to = text(row, "to");
  return {
    chain: String(row.partitionKey),
    seq: Number(String(row.rowKey).slice(2)),
    at: text(row, "at") ?? "",
    actor: text(row, "actor") ?? "",
    action: text(row, "action") ?? "",
    target: text(row, "target") ?? "",
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(parsed !== undefined ? { details: parsed } : {}),
    prevHash: text(row, "prevHash") ?? "",
    hash: text(row, "hash") ?? "",
  };
}

/** Verifies one chain from its rows, in position order, against its head row (absent when deleted). */
function verifyRows(chain: string, rows: readonly Row[], head: Row | undefined): ChainReport {
  const entries: AuditEntry[] = [];
  for (const row of [...rows].sort((a, b) => (String(a.rowKey) < String(b.rowKey) ? -1 : 1))) {
    const entry = toEntry(row);
    if ("unreadable" in entry) return { chain, ok: false, seq: Number(String(row.rowKey).slice(2)), reason: entry.unreadable };
    entries.push(entry);
  }
  if (!head) return { chain, ok: false, seq: 0, reason: "tête de chaîne supprimée (entrées sans tête)" };
  const verdict = verifyAuditChain(entries, { seq: Number(head.auditSeq ?? 0), hash: String(head.auditHash ?? "") });
  return verdict.ok ? { chain, ok: true, length: verdict.length } : { chain, ok: false, seq: verdict.seq, reason: verdict.reason };
}

/** Every row of the dossiers table matching `filter` (none when the table does not exist yet). */
async function listRows(store: Store, filter: string): Promise<Row[]> {
  const rows: Row[] = [];
  try {
    for await (const row of store.table("dossiers").listEntities({ queryOptions: { filter } })) rows.push(row);
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
  return rows;
}

/** Verifies every audit chain of the store: one report per chain, by chain name. */
export async function verifyAllChains(store: Store): Promise<ChainReport[]> {
  const [from, to] = DOSSIER_ROWS.auditRange;
  const rows = new Map<string, Row[]>();
  for (const row of await listRows(store, odata`RowKey ge ${from} and RowKey lt ${to}`)) {
    const chain = String(row.partitionKey);
    rows.set(chain, [...(rows.get(chain) ?? []), row]);
  }
  const heads = new Map<string, Row>();
  for (const head of await listRows(store, odata`RowKey eq ${DOSSIER_ROWS.head}`)) {
    if (Number(head.auditSeq ?? 0) > 0) heads.set(String(head.partitionKey), head);
  }
  const chains = [...new Set([...rows.keys(), ...heads.keys()])].sort();
  return chains.map((chain) => verifyRows(chain, rows.get(chain) ?? [], heads.get(chain)));
}

/** The report's lines, in French. */
export function describeReports(reports: readonly ChainReport[]): string[] {
  const broken = reports.filter((report) => !report.ok).length;
  return [
    ...reports.map((report) =>
      report.ok ? `  ✓ ${report.chain} : ${report.length} entrée(s), chaîne intacte` : `  ✗ ${report.chain} : ${report.seq > 0 ? `entrée ${report.seq} — ` : ""}${report.reason}`,
    ),
    broken === 0 ? `Journal d'audit intact : ${reports.length} chaîne(s) vérifiée(s).` : `ALTÉRATION DÉTECTÉE : ${broken} chaîne(s) sur ${reports.length} ne se vérifient pas.`,
  ];
}

async function main(): Promise<number> {
  let azurite: RunningAzurite | undefined;
  let connectionString = process.env.AzureWebJobsStorage ?? process.env.STORAGE_CONNECTION_STRING;
  let where = `AzureWebJobsStorage${process.env.STORAGE_PREFIX ? `, préfixe « ${process.env.STORAGE_PREFIX} »` : ""}`;
  try {
    if (!connectionString) {
      const location = localDataPaths().azuriteDir;
      await mkdir(location, { recursive: true });
      azurite = await startAzurite({ location });
      connectionString = azurite.connectionString;
      where = `Azurite local (${location})`;
    }
    console.log(`Vérification du journal d'audit — stockage : ${where}`);
    const reports = await verifyAllChains(createStore(connectionString, process.env.STORAGE_PREFIX ?? ""));
    for (const line of describeReports(reports)) console.log(line);
    return reports.every((report) => report.ok) ? 0 : 1;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(`Vérification impossible : stockage injoignable ou mal configuré (${reason}).`);
    return 2;
  } finally {
    await azurite?.stop();
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
