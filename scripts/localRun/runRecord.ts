import { readFile, rm, writeFile } from "node:fs/promises";

/** What a running `npm start` is made of, as recorded in its data folder (localDataPaths().runFile). */
export interface RunRecord {
  /** The `npm start` process itself (scripts/start.ts). */
  readonly startPid: number;
  readonly azurite?: { readonly pid: number; readonly blobPort: number; readonly tablePort: number };
  readonly apiPort?: number;
  readonly addinPort?: number;
}

/** The record in `file`, if there is a readable one. */
export async function readRunRecord(file: string): Promise<RunRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, "utf8")) as Partial<RunRecord>;
    return typeof record.startPid === "number" ? (record as RunRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the record (replacing the previous one). */
export async function writeRunRecord(file: string, record: RunRecord): Promise<void> {
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** Removes the record when it is still the one of `startPid` (a newer `npm start` may have replaced it). */
export async function removeRunRecord(file: string, startPid: number): Promise<void> {
  if ((await readRunRecord(file))?.startPid === startPid) await rm(file, { force: true });
}
