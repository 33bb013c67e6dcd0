import { randomBytes } from "node:crypto";
import { eraseCommuneData } from "../../../functions/storage/erasure/eraseCommuneData";
import { putDocument } from "../../../functions/storage/putDocument";
import { createStore, ensureStore, type Store } from "../../../functions/storage/store";

// Erasure deletes a commune's documents page by page: more than one page of them, and nobody else's.
let store: Store;
beforeAll(async () => {
  store = createStore(process.env.TEST_STORAGE_CONNECTION_STRING ?? "", `e${randomBytes(5).toString("hex")}`);
  await ensureStore(store);
});

async function names(prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const blob of store.documents.listBlobsFlat({ prefix })) found.push(blob.name);
  return found;
}

test("every document of the commune goes, over several pages; another commune's stay", async () => {
  const mine = [...Array.from({ length: 1_030 }, (_, i) => `drafts/21166/${String(i).padStart(5, "0")}.json`), "submissions/21166/a.json", "submissions/21166/b.json"];
  const theirs = ["drafts/21231/x.json", "submissions/21231/y.json"];
  const all = [...mine, ...theirs];
  for (let from = 0; from < all.length; from += 32) await Promise.all(all.slice(from, from + 32).map((name) => putDocument(store, name, "{}")));
  const counts = await eraseCommuneData(store, "21166");
  expect(counts.documents).toBe(mine.length);
  expect(await names("drafts/21166/")).toEqual([]);
  expect(await names("submissions/21166/")).toEqual([]);
  expect([...(await names("drafts/21231/")), ...(await names("submissions/21231/"))]).toEqual(theirs);
}, 60_000);
