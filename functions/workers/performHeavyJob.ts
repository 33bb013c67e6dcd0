import { buildSheetLayout } from "../../shared/layout/buildSheetLayout";
import { renderDeliberationXlsx } from "../exports/renderDeliberationXlsx";
import { renderRunXlsx } from "../exports/renderRunXlsx";
import { readUploadedWorkbook } from "../xlsx/readUploadedWorkbook";
import { renderTemplateXlsx } from "../xlsx/renderTemplateXlsx";
import type { HeavyJob, HeavyJobResults } from "./heavyJob";

/** Does a heavy job in the current thread (a worker of the pool: see `heavyJobWorker`). */
export async function performHeavyJob(job: HeavyJob): Promise<HeavyJobResults[HeavyJob["kind"]]> {
  switch (job.kind) {
    case "readWorkbook":
      return readUploadedWorkbook(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength));
    case "renderTemplate":
      return renderTemplateXlsx(buildSheetLayout({ blocks: job.blocks, templateVersion: job.templateVersion }));
    case "renderRunXlsx":
      return renderRunXlsx(job.run, job.author);
    case "renderDeliberationXlsx":
      return renderDeliberationXlsx(job.table, job.author);
  }
}
