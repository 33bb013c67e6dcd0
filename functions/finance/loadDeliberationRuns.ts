import { badRequest, conflict, notFound } from "../http/apiError";
import type { Services } from "../services/services";
import { RUN_ID } from "../storage/finance/runConverters";
import type { RunRecord } from "../storage/finance/RunRecord";
import { getRun } from "../storage/finance/runTable";

/** The query parameters naming the two runs, and what each must be. */
const PARAMETERS = {
  run: "calcul de l'année (pas en année pleine)",
  fullYearRun: "calcul en année pleine de la même année",
} as const;

/** The run `name` names in the query: 400 when absent or malformed. */
function readRunId(query: URLSearchParams, name: keyof typeof PARAMETERS): string {
  const runId = query.get(name);
  if (runId === null || runId === "") throw badRequest(`Paramètre « ${name} » manquant : le ${PARAMETERS[name]}.`, [{ path: name, message: `${PARAMETERS[name]} attendu` }]);
  if (!RUN_ID.test(runId)) throw badRequest(`Identifiant de calcul invalide « ${runId} » (paramètre ${name}).`, [{ path: name, message: "identifiant de calcul attendu (ex. 20250301T090000000Z-1a2b3c4d)" }]);
  return runId;
}

/** The run of `year`; 409 when it is a run of the year before or after, 404 when unknown. */
async function findRun(services: Services, year: number, runId: string, name: keyof typeof PARAMETERS): Promise<RunRecord> {
  const run = await getRun(services.store, year, runId);
  if (run) return run;
  for (const other of [year - 1, year + 1]) {
    if (await getRun(services.store, other, runId)) throw conflict(`Le calcul ${runId} (paramètre ${name}) est un calcul de ${other}, pas de ${year} : le tableau de ${year} se tire de deux calculs de ${year}.`);
  }
  throw notFound(`Calcul ${runId} (paramètre ${name}) introuvable pour ${year}.`);
}

/**
 * The two runs of the council's table of `year`, as the query names them: `run`, the year's run,
 * and `fullYearRun`, its run « en année pleine ». 400 when a parameter is missing or malformed,
 * 404 when a run is unknown, 409 when a run is of another year or not of the kind its column needs.
 */
export async function loadDeliberationRuns(services: Services, year: number, query: URLSearchParams): Promise<{ run: RunRecord; fullYearRun: RunRecord }> {
  const [runId, fullYearRunId] = [readRunId(query, "run"), readRunId(query, "fullYearRun")];
  const [run, fullYearRun] = await Promise.all([findRun(services, year, runId, "run"), findRun(services, year, fullYearRunId, "fullYearRun")]);
  if (run.fullYear) {
    throw conflict(`Le calcul ${runId} est en année pleine : il ne peut donner la colonne « Année ${year} ». Donnez en « run » un calcul de l'année, et ce calcul-ci en « fullYearRun ».`);
  }
  if (!fullYearRun.fullYear) {
    throw conflict(
      `Le calcul ${fullYearRunId} n'est pas en année pleine : la colonne « Années ${year + 1} et suivantes » se tire d'un calcul en année pleine (POST /api/years/${year}/runs avec fullYear: true).`,
    );
  }
  return { run, fullYearRun };
}
