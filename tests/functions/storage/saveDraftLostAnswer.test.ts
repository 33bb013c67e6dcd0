import type { TableClient } from "@azure/data-tables";
import { randomBytes } from "node:crypto";
import { readDraft, saveDraft } from "../../../functions/storage/drafts/draftTable";
import { createStore, ensureStore, type Store } from "../../../functions/storage/store";

// A save whose row write is applied but whose answer is lost, while another save goes through: the
// SDK's retry of the first write is refused (412). The first save must see that its write was applied
// (and superseded) instead of writing again over the newer draft.
const INSEE = "21231";
let store: Store;

beforeAll(async () => {
  store = createStore(process.env.TEST_STORAGE_CONNECTION_STRING ?? "", `d${randomBytes(5).toString("hex")}`);
  await ensureStore(store);
});

/** The store, with the drafts table's next conditional update applied, then `meanwhile` run, then answered 412 as a retry would be. */
function losingNextUpdate(meanwhile: () => Promise<unknown>): Store {
  let armed = true;
  return {
    documents: store.documents,
    table(name) {
      const real = store.table(name);
      if (name !== "drafts") return real;
      return new Proxy(real, {
        get(target, property, receiver) {
          if (property !== "updateEntity" || !armed) return Reflect.get(target, property, receiver) as unknown;
          return async (...args: Parameters<TableClient["updateEntity"]>) => {
            armed = false;
            await target.updateEntity(...args);
            await meanwhile();
            throw Object.assign(new Error("Precondition Failed"), { name: "RestError", statusCode: 412 });
          };
        },
      });
    },
  };
}

test("an applied save whose answer was lost does not overwrite the newer draft saved meanwhile", async () => {
  await saveDraft(store, INSEE, '{"n":1}', "commune-21231", "2025-03-01T09:00:00.000Z");
  const flaky = losingNextUpdate(() => saveDraft(store, INSEE, '{"n":3}', "commune-21231", "2025-03-01T09:00:02.000Z"));
  await saveDraft(flaky, INSEE, '{"n":2}', "commune-21231", "2025-03-01T09:00:01.000Z");
  const draft = await readDraft(store, INSEE);
  expect(draft?.content).toBe('{"n":3}');
});
