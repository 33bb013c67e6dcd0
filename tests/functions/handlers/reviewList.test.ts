import type { Submission } from "../../../shared/inventory/submissionSchema";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";

// The staff's review list and the communes list show the latest version of each commune, read
// from the dossier heads: never an older version, never a commune with no version.
const DIJON = { insee: "21231", name: "Dijon" };
const CHENOVE = { insee: "21166", name: "Chenôve" };
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let staff: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  staff = await api.token({ role: "staff" });
});
afterAll(() => api.close());

const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });
const submissionOf = (commune: { insee: string; name: string }, sets: Submission["sets"]): Submission => ({
  ...aCompleteSubmission({ sets, domains: sets.includes("C") ? [3] : [], blocks: { fibre: 1 } }),
  commune,
});

async function submit(commune: { insee: string; name: string }, sets: Submission["sets"]): Promise<string> {
  const token = await api.token({ role: "commune", commune: commune.insee });
  const response = await api.call(`communes/${commune.insee}/submissions`, { ...post(submissionOf(commune, sets)), token });
  expect(response.status).toBe(201);
  return response.headers.get("location")!.replace("/api/", "");
}

async function list(query = ""): Promise<{ insee: string; version: number; status: string }[]> {
  const response = await api.call(`submissions${query}`, { token: staff });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { insee: string; version: number; status: string }[] }).items;
}

test("latest version per commune, with status and set filters; every version with all=true; the communes list agrees", async () => {
  expect(await list()).toEqual([]);
  const first = await submit(DIJON, ["A", "B"]);
  const etag = (await api.call(first, { token: staff })).headers.get("etag")!;
  expect((await api.call(`${first}/decision`, { ...post({ decision: "return", reason: "incomplete", comment: "Sites manquants" }, { "If-Match": etag }), token: staff })).status).toBe(200);
  await submit(DIJON, ["A", "C"]);
  await submit(CHENOVE, ["B"]);

  const latest = await list();
  expect(latest.map(({ insee, version, status }) => ({ insee, version, status }))).toEqual([
    { insee: CHENOVE.insee, version: 1, status: "deposee" },
    { insee: DIJON.insee, version: 2, status: "deposee" },
  ]);
  expect((await list("?status=a_corriger")).length).toBe(0);
  expect((await list("?status=a_corriger&all=true")).map(({ insee, version }) => ({ insee, version }))).toEqual([{ insee: DIJON.insee, version: 1 }]);
  expect((await list("?set=B")).map(({ insee }) => insee)).toEqual([CHENOVE.insee]);
  expect((await list("?set=C:3")).map(({ insee }) => insee)).toEqual([DIJON.insee]);
  expect((await list(`?commune=${DIJON.insee}`)).map(({ version }) => version)).toEqual([2]);
  expect((await list("?all=true")).length).toBe(3);

  const communes = (await (await api.call("communes", { token: staff })).json()) as { communes: { insee: string; latestVersion: number | null; status: string }[] };
  const byInsee = new Map(communes.communes.map((commune) => [commune.insee, commune]));
  expect(byInsee.get(DIJON.insee)).toMatchObject({ latestVersion: 2, status: "deposee" });
  expect(byInsee.get(CHENOVE.insee)).toMatchObject({ latestVersion: 1, status: "deposee" });
  expect(byInsee.get("21515")).toMatchObject({ latestVersion: null, status: "aucun" });
});

test("the communes list tells who adheres today: a withdrawn commune keeps its validated version but no current set", async () => {
  const AHUY = { insee: "21003", name: "Ahuy" };
  const path = await submit(AHUY, ["A", "B"]);
  const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
  expect((await api.call(`${path}/decision`, { ...post({ decision: "validate", effectiveFrom: "2025-01-01" }, { "If-Match": etag }), token: staff })).status).toBe(200);
  expect((await api.call(`communes/${AHUY.insee}/events`, { ...post({ type: "retrait", date: "2025-06-01", sets: ["A"] }), token: staff })).status).toBe(201);
  const ahuy = async () =>
    ((await (await api.call("communes", { token: staff })).json()) as { communes: { insee: string; status: string; currentSets: string[]; adhesions: unknown[] }[] }).communes.find(
      (commune) => commune.insee === AHUY.insee,
    );
  expect(await ahuy()).toMatchObject({ status: "validee", currentSets: ["A", "B"] });
  clock.set("2025-06-01T09:00:00Z");
  expect(await ahuy()).toMatchObject({
    status: "validee",
    currentSets: ["B"],
    adhesions: [
      { set: "A", from: "2025-01-01", to: "2025-06-01" },
      { set: "B", from: "2025-01-01" },
    ],
  });
  expect((await api.call(`communes/${AHUY.insee}/events`, { ...post({ type: "retrait", date: "2025-06-01" }), token: staff })).status).toBe(201);
  expect((await ahuy())?.currentSets).toEqual([]);
});
