import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";

// Issue 8 §6: a BOM refused as invalid JSON, a __proto__ row silently dropped, 1e400 read « nombre attendu, nombre reçu ».
const DIJON = "21231";
let api: TestApi;
let commune: string;

beforeAll(async () => {
  api = await startTestApi({ now: adjustableClock("2025-03-01T09:00:00Z").now });
  commune = await api.token({ role: "commune", commune: DIJON });
});
afterAll(() => api.close());

const draftText = () => JSON.stringify({ ...aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1 } }), commune: { insee: DIJON, name: "Dijon" } });
const putDraft = (text: string) => api.call(`communes/${DIJON}/draft`, { method: "PUT", body: text, headers: { "Content-Type": "application/json" }, token: commune });
const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; problems: { path: string; message: string }[] } }).error;

describe("JSON bodies", () => {
  test("a body starting with a UTF-8 byte-order mark (as Notepad saves it) is read", async () => {
    expect((await putDraft(`\uFEFF${draftText()}`)).status).toBe(200);
  });

  test("a __proto__ row in inventory.answers is refused naming it, like any other unknown row — never dropped", async () => {
    const text = draftText().replace('"answers":{', '"answers":{"__proto__":{"quantity":3},');
    const response = await putDraft(text);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ problems: [{ path: "inventory.answers.__proto__", message: "nom de champ « __proto__ » refusé (réservé)" }] });
  });

  test("a number too large for a double (1e400) is refused as such, naming the field", async () => {
    const text = draftText().replace(/"quantity":\d+/, '"quantity":1e400');
    const response = await putDraft(text);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.problems).toEqual([expect.objectContaining({ message: "nombre trop grand (au-delà de 1,8 × 10³⁰⁸)" })]);
    expect(error.message).not.toMatch(/nombre reçu/);
  });
});
