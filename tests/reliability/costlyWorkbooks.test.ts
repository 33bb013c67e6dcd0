import path from "node:path";
import { heavyJobs } from "../../functions/workers/heavyJobs";
import { aTemplate, withManyCells, withManySheets } from "../functions/workers/support/costlyWorkbooks";
import { rawHttpConnection } from "../functions/support/rawHttpConnection";
import { startTestApi, type TestApi } from "../support/startTestApi";
import { isFrench } from "./support/isFrench";
import { leaksInternals } from "./support/leaksInternals";

// Workbooks too costly to read, and the heavy job pool full: each refused with a French answer
// naming the limit (422) or asking to retry (503), never a 500 and never a hang; the API keeps
// answering light requests meanwhile. The pool is given small limits here (`heavyJobs.configure`).
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DIJON = "21231";
let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.token({ role: "commune", commune: DIJON });
});
afterEach(() => heavyJobs.close());
afterAll(() => api.close());

const upload = (bytes: Buffer) => api.call(`communes/${DIJON}/submissions`, { method: "POST", body: new Uint8Array(bytes), headers: { "Content-Type": XLSX }, token });
async function refusal(response: Response): Promise<{ status: number; message: string; text: string; retryAfter: string | null }> {
  const text = await response.text();
  return { status: response.status, message: (JSON.parse(text) as { error: { message: string } }).error.message, text, retryAfter: response.headers.get("retry-after") };
}

describe("workbooks too costly to read, and a full pool", () => {
  test("a workbook whose reading runs past the time limit: 422 naming the limit, in French; the next upload is read by a new worker", async () => {
    await heavyJobs.configure({ timeLimitMs: 1_000 });
    const answer = await refusal(await upload(await withManySheets(1_900, 100)));
    expect(answer).toMatchObject({ status: 422, message: "classeur refusé : sa lecture dépasse la limite de 1 s de calcul accordée à un classeur déposé (un modèle rempli se lit en moins d'une seconde). Supprimez ce qui dépasse le modèle et déposez-le à nouveau." });
    expect(leaksInternals(answer.text)).toBeUndefined();
    // A blank template: read, and refused for what the sheet lacks (not for its cost).
    const next = await refusal(await upload(await aTemplate()));
    expect(next.status).toBe(422);
    expect(next.message).toMatch(/^Classeur refusé : \d+ erreurs? à corriger/);
  });

  test("a workbook whose reading runs past the memory limit: 422 naming the limit, in French", async () => {
    await heavyJobs.configure({ memoryLimitMb: 64 });
    const answer = await refusal(await upload(await withManyCells(240_000)));
    expect(answer).toMatchObject({ status: 422, message: "classeur refusé : sa lecture dépasse la limite de 64 Mo de mémoire accordée à un classeur déposé. Supprimez ce qui dépasse le modèle et déposez-le à nouveau." });
    expect((await api.call("health")).status).toBe(200);
  });

  test("a pool that takes no more: 503 with Retry-After in French at once, for uploads and the template; the job it holds gets one after its wait limit", async () => {
    // One thread that never gets ready: whichever job the pool takes first holds it.
    await heavyJobs.configure({ workerFile: async () => path.join(__dirname, "..", "functions", "workers", "support", "neverReadyWorker.js"), threads: 1, queue: 0, waitLimitMs: 1_000 });
    const template = await aTemplate();
    const answers = await Promise.all([upload(template), upload(template), api.call("template.xlsx")].map(async (pending) => refusal(await pending)));
    expect(answers.map((answer) => answer.status)).toEqual([503, 503, 503]);
    for (const answer of answers) {
      expect(answer).toMatchObject({ message: "Le serveur traite trop de classeurs à la fois : réessayez dans quelques secondes.", retryAfter: "2" });
      expect(isFrench(answer.message)).toBe(true);
    }
  });

  test("the template rendering past its time limit: 503 with Retry-After naming the limit (the request was valid)", async () => {
    await heavyJobs.configure({ timeLimitMs: 1 });
    const answer = await refusal(await api.call("template.xlsx?fibre=50&interconnexion=50&isole=50"));
    expect(answer).toMatchObject({ status: 503, retryAfter: "5", message: "La production du classeur a dépassé la limite de 0,001 s de calcul : le serveur est surchargé, réessayez dans quelques instants." });
  });

  test("light requests over one kept-alive connection are all answered while hostile workbooks are read", async () => {
    await heavyJobs.configure({ threads: 1 });
    const hostile = await withManySheets(1_900);
    const uploads = Promise.all([upload(hostile), upload(hostile)]);
    let uploadsDone = false;
    void uploads.then(() => (uploadsDone = true));
    const connection = rawHttpConnection(api.url);
    const statuses: string[] = [];
    try {
      // Until the uploads are answered: each health request waits for the previous answer.
      while (!uploadsDone) {
        connection.send("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        statuses.push((await connection.response())?.split(" ")[1] ?? "no answer");
      }
    } finally {
      connection.close();
    }
    expect((await uploads).map((response) => response.status)).toEqual([422, 422]);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== "200")).toEqual([]);
  });
});
