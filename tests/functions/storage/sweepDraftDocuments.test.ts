import { randomBytes } from "node:crypto";
import { readDraft, readDraftRecord, saveDraft } from "../../../functions/storage/drafts/draftTable";
import { ORPHAN_AGE_MS, sweepDraftDocuments } from "../../../functions/storage/drafts/sweepDraftDocuments";
import { putDocument } from "../../../functions/storage/putDocument";
import { createStore, ensureStore, type Store } from "../../../functions/storage/store";

// Draft documents no row names any more (a failed deletion, a save that gave up its conditional
// writes, a save that stopped after writing its document) are deleted by a later save.
let store: Store;

beforeAll(async () => {
  store = createStore(process.env.TEST_STORAGE_CONNECTION_STRING ?? "", `d${randomBytes(5).toString("hex")}`);
  await ensureStore(store);
});

async function draftDocuments(insee: string): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of store.documents.listBlobsFlat({ prefix: `drafts/${insee}/` })) names.push(blob.name);
  return names.sort();
}

const MINUTE = 60_000;

test("sweepDraftDocuments deletes the commune's unreferenced documents written before the limit, and nothing else", async () => {
  for (const name of ["drafts/21001/kept.json", "drafts/21001/orphan-1.json", "drafts/21001/orphan-2.json", "drafts/21002/other.json"]) await putDocument(store, name, "{}");
  // Nothing is old enough yet.
  expect(await sweepDraftDocuments(store, "21001", new Set(), new Date(Date.now() - MINUTE))).toBe(0);
  expect(await draftDocuments("21001")).toHaveLength(3);
  // All are older than a limit in the future: only the referenced one and the other commune's stay.
  expect(await sweepDraftDocuments(store, "21001", new Set(["drafts/21001/kept.json"]), new Date(Date.now() + MINUTE))).toBe(2);
  expect(await draftDocuments("21001")).toEqual(["drafts/21001/kept.json"]);
  expect(await draftDocuments("21002")).toEqual(["drafts/21002/other.json"]);
});

test("a sweep deletes a bounded number of documents; the next sweep goes on", async () => {
  for (let n = 0; n < 5; n += 1) await putDocument(store, `drafts/21003/orphan-${n}.json`, "{}");
  const later = new Date(Date.now() + MINUTE);
  expect(await sweepDraftDocuments(store, "21003", new Set(), later, 3)).toBe(3);
  expect(await draftDocuments("21003")).toHaveLength(2);
  expect(await sweepDraftDocuments(store, "21003", new Set(), later, 3)).toBe(2);
  expect(await draftDocuments("21003")).toEqual([]);
});

/**
 * Storage dates documents to the second: resolves once storage's own clock (the Date of its answers)
 * is past the second `blobName` was last written in, so that what is written next is strictly later.
 * Storage announces no such moment: its clock is polled, 5 s at most.
 */
async function storageClockPast(blobName: string): Promise<void> {
  const { lastModified } = await store.documents.getBlobClient(blobName).getProperties();
  if (!lastModified) throw new Error(`no Last-Modified for ${blobName}`);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { date } = await store.documents.getProperties();
    if (date && date > lastModified) return;
    if (Date.now() > deadline) throw new Error(`storage's clock still at ${date?.toISOString()}, not past ${lastModified.toISOString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test("a save deletes orphaned draft documents once old enough by storage's clock, at most every 5 minutes per commune", async () => {
  const insee = "21231";
  const start = Date.now();
  await putDocument(store, `drafts/${insee}/orphan-a.json`, "{}");
  // A function host whose clock runs a day ahead: by storage's clock the orphan is seconds old, and stays.
  await saveDraft(store, insee, '{"n":1}', "commune-21231", "2025-03-01T09:00:00.000Z", start + 24 * 60 * MINUTE);
  expect(await draftDocuments(insee)).toContain(`drafts/${insee}/orphan-a.json`);

  // Once the orphan is older than the age limit (here 0, to keep the test short), the next due sweep deletes it.
  const first = (await readDraftRecord(store, insee))?.document.blobName;
  await storageClockPast(first!);
  await saveDraft(store, insee, '{"n":2}', "commune-21231", "2025-03-01T09:10:00.000Z", start + 24 * 60 * MINUTE + ORPHAN_AGE_MS, 0);
  const second = (await readDraftRecord(store, insee))?.document.blobName;
  // The document just replaced is kept for reads in flight (15 s), the new one is the draft.
  expect(await draftDocuments(insee)).toEqual([first, second].sort());
  expect((await readDraft(store, insee))?.content).toBe('{"n":2}');

  // One minute later another orphan is old enough, but the last sweep was 1 minute ago: it stays.
  await putDocument(store, `drafts/${insee}/orphan-b.json`, "{}");
  await storageClockPast(`drafts/${insee}/orphan-b.json`);
  await saveDraft(store, insee, '{"n":3}', "commune-21231", "2025-03-01T09:11:00.000Z", start + 24 * 60 * MINUTE + ORPHAN_AGE_MS + MINUTE, 0);
  expect(await draftDocuments(insee)).toContain(`drafts/${insee}/orphan-b.json`);

  // 5 minutes after that sweep, it goes, with the documents replaced over 15 s ago; the one this
  // save replaces stays for reads in flight.
  const third = (await readDraftRecord(store, insee))?.document.blobName;
  await saveDraft(store, insee, '{"n":4}', "commune-21231", "2025-03-01T09:16:00.000Z", start + 24 * 60 * MINUTE + 2 * ORPHAN_AGE_MS, 0);
  const fourth = (await readDraftRecord(store, insee))?.document.blobName;
  expect(await draftDocuments(insee)).toEqual([third, fourth].sort());
  expect((await readDraft(store, insee))?.content).toBe('{"n":4}');
});

test("a draft whose document is gone reads as no draft (never a 500), and the next save writes a new one", async () => {
  const insee = "21166";
  await saveDraft(store, insee, '{"n":1}', "commune-21166", "2025-03-01T09:00:00.000Z");
  const lost = (await readDraftRecord(store, insee))!.document.blobName;
  await store.documents.deleteBlob(lost);
  expect(await readDraft(store, insee)).toBeUndefined();
  await saveDraft(store, insee, '{"n":2}', "commune-21166", "2025-03-01T09:01:00.000Z");
  expect((await readDraft(store, insee))?.content).toBe('{"n":2}');
});
