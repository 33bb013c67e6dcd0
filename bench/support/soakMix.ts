import { randomUUID } from "node:crypto";
import type { Submission } from "../../shared/inventory/submissionSchema";

/** A commune of the soak: its code, token, document and last version known. */
export interface SoakCommune {
  readonly insee: string;
  readonly token: string;
  readonly submission: Submission;
  lastVersion: number;
}

/** Who the soak acts as. */
export interface SoakActors {
  readonly url: string;
  readonly communes: readonly SoakCommune[];
  readonly staff: string;
}

/** One operation of the mix: its name, weight, the statuses it may rightly get, and how to send it. */
export interface SoakOperation {
  readonly name: string;
  readonly weight: number;
  readonly expected: readonly number[];
  send(actors: SoakActors, commune: SoakCommune): Promise<number>;
}

const call = async (url: string, path: string, token: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${url}/api/${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.body ? { "Content-Type": "application/json" } : {}), ...(init.headers as Record<string, string>) }, signal: AbortSignal.timeout(30_000) });

const statusOf = async (response: Response) => {
  await response.arrayBuffer();
  return response.status;
};

/**
 * What a campaign looks like, weighted (per 100 requests): communes reading their dossier and
 * draft, autosaving (the add-in saves as the user types), checking, and now and then submitting
 * (with an Idempotency-Key); staff listing and deciding (If-Match, so a 409/412 when a newer version
 * or another decision came first is a right answer); public reads. Submissions and decisions are
 * rare, as in a campaign, so that the stored history stays realistic over the run (at 100
 * requests/s for 10 minutes, about 26 versions per commune — already years of real activity);
 * `SOAK_SUBMIT_WEIGHT` raises their share to watch the cost of a growing history.
 */
export const SOAK_MIX: readonly SoakOperation[] = [
  { name: "lecture du dossier", weight: 20, expected: [200], send: async ({ url }, commune) => statusOf(await call(url, `communes/${commune.insee}`, commune.token)) },
  { name: "lecture d'une version", weight: 10, expected: [200], send: async ({ url }, commune) => statusOf(await call(url, `communes/${commune.insee}/submissions/${Math.max(1, commune.lastVersion)}`, commune.token)) },
  { name: "lecture du brouillon", weight: 15, expected: [200], send: async ({ url }, commune) => statusOf(await call(url, `communes/${commune.insee}/draft`, commune.token)) },
  { name: "sauvegarde du brouillon", weight: 30, expected: [200], send: async ({ url }, commune) => statusOf(await call(url, `communes/${commune.insee}/draft`, commune.token, { method: "PUT", body: JSON.stringify(commune.submission) })) },
  { name: "contrôle (validate)", weight: 12, expected: [200], send: async ({ url }, commune) => statusOf(await call(url, "validate", commune.token, { method: "POST", body: JSON.stringify(commune.submission) })) },
  {
    name: "dépôt",
    weight: Number(process.env.SOAK_SUBMIT_WEIGHT ?? 1),
    expected: [201],
    send: async ({ url }, commune) => {
      const response = await call(url, `communes/${commune.insee}/submissions`, commune.token, { method: "POST", body: JSON.stringify(commune.submission), headers: { "Idempotency-Key": `soak-${randomUUID()}` } });
      if (response.status === 201) commune.lastVersion = Math.max(commune.lastVersion, ((await response.json()) as { version: number }).version);
      else await response.arrayBuffer();
      return response.status;
    },
  },
  { name: "liste des dépôts (agents)", weight: 2, expected: [200], send: async ({ url, staff }) => statusOf(await call(url, "submissions?status=deposee", staff)) },
  {
    name: "décision (agents)",
    weight: 1,
    expected: [200, 409, 412],
    send: async ({ url, staff }, commune) => {
      const path = `communes/${commune.insee}/submissions/${Math.max(1, commune.lastVersion)}`;
      const read = await call(url, path, staff);
      const etag = read.headers.get("etag") ?? "";
      await read.arrayBuffer();
      const decision = Math.random() < 0.5 ? { decision: "return", reason: "incorrect", comment: "Relecture (charge)" } : { decision: "validate", effectiveFrom: "2026-01-01" };
      return statusOf(await call(url, `${path}/decision`, staff, { method: "POST", body: JSON.stringify(decision), headers: { "If-Match": etag } }));
    },
  },
  { name: "catalogue et santé (public)", weight: 9, expected: [200], send: async ({ url }) => statusOf(await fetch(`${url}/api/${Math.random() < 0.5 ? "catalogue" : "health"}`, { signal: AbortSignal.timeout(30_000) })) },
];

/** An operation drawn by weight. */
export function drawOperation(random: number): SoakOperation {
  const total = SOAK_MIX.reduce((sum, operation) => sum + operation.weight, 0);
  let left = random * total;
  for (const operation of SOAK_MIX) {
    left -= operation.weight;
    if (left < 0) return operation;
  }
  return SOAK_MIX[SOAK_MIX.length - 1] as SoakOperation;
}
