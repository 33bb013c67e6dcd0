import { isInseeCode } from "../../../shared/identifiers/inseeCode";
import { odata } from "@azure/data-tables";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { entityFields } from "../entityFields";
import { mapInBatches } from "../mapInBatches";
import type { Store } from "../store";
import { getSubmission } from "./submissionTable";
import type { SubmissionRecord } from "./submissionRecord";


/**
 * The latest version of each commune that has one, by commune: the dossier heads say which
 * version is the last (one query of one row per dossier), then each is read by its key. The cost
 * does not grow with the communes' history, unlike listing every version.
 */
export async function listLatestSubmissions(store: Store): Promise<SubmissionRecord[]> {
  const table = store.table("dossiers");
  const latest: { insee: string; version: number }[] = [];
  const filter = odata`RowKey eq ${DOSSIER_ROWS.head}`;
  for await (const head of table.listEntities<{ lastVersion?: number }>({ queryOptions: { filter, select: ["PartitionKey", "lastVersion"] } })) {
    const version = entityFields(head, `head of ${head.partitionKey}`).optionalInteger("lastVersion") ?? 0;
    if (isInseeCode(head.partitionKey) && version > 0) latest.push({ insee: String(head.partitionKey), version });
  }
  const records = await mapInBatches(latest, ({ insee, version }) => getSubmission(store, insee, version));
  return records.filter((record): record is SubmissionRecord => record !== undefined).sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));
}
