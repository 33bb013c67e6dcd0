import { buildSheetLayout } from "../../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../../shared/layout/layoutForSubmission";
import { renderValues } from "../../shared/layout/renderValues";
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
    case "renderPrefilledTemplate": {
      const layout = layoutForSubmission(job.submission, job.templateVersion);
      return renderTemplateXlsx(layout, renderValues(layout, job.submission));
    }
    case "renderRunXlsx":
      return renderRunXlsx(job.run, job.author);
    case "renderDeliberationXlsx":
      return renderDeliberationXlsx(job.table, job.author);
  }
}
