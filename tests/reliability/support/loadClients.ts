import { findEpci } from "../../../functions/communes/epciMembers";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import type { TestApi } from "../../support/startTestApi";
import type { LoadClient } from "./runSubmissionLoad";

/** Dijon Métropole's member communes (23), by INSEE code. */
export const DIJON_METROPOLE = findEpci("242100410")?.members ?? [];

/** `count` communes of Dijon Métropole from `from`, each with its token and a complete submission (set B, one fibre block). */
export async function loadClients(api: TestApi, count: number, from = 0): Promise<LoadClient[]> {
  return Promise.all(
    DIJON_METROPOLE.slice(from, from + count).map(async (commune) => ({
      insee: commune.insee,
      token: await api.token({ role: "commune", commune: commune.insee }),
      submission: { ...aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1 } }), commune: { insee: commune.insee, name: commune.name } },
    })),
  );
}
