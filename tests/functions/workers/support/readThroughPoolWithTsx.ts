import path from "node:path";
import { getTemplateXlsx } from "../../../../functions/handlers/template/getTemplateXlsx";
import type { ApiRequest } from "../../../../functions/http/apiRequest";
import type { HandlerContext } from "../../../../functions/http/routeDefinition";
import { XLSX_TYPE } from "../../../../functions/http/mediaTypes";
import { readSubmissionBody } from "../../../../functions/submissions/readSubmissionBody";
import { heavyJobs } from "../../../../functions/workers/heavyJobs";

// Run by `node --import tsx` (as `npm start` runs the API): the template route and an upload's
// reading go through the heavy job pool; prints what came back, and whether this thread ever
// loaded ExcelJS (it must not: the workbooks are handled in worker threads).
const request = (query: string, body: Buffer = Buffer.alloc(0), type?: string): ApiRequest => ({
  method: "GET",
  params: {},
  query: new URLSearchParams(query),
  header: (name) => (name.toLowerCase() === "content-type" ? type : undefined),
  body,
});

async function main(): Promise<void> {
  const template = await getTemplateXlsx(request("fibre=2"), {} as HandlerContext);
  const workbook = template.body as Buffer;
  // A blank template has no INSEE code: read, then refused for what the sheet lacks.
  const read = await readSubmissionBody(request("", workbook, XLSX_TYPE)).then(
    () => "accepted",
    (error: { status?: number; message?: string }) => `${error.status} ${error.message?.slice(0, 40)}`,
  );
  const excelJsInThisThread = Object.keys(require.cache).some((file) => file.includes(`${path.sep}exceljs${path.sep}`));
  process.stdout.write(JSON.stringify({ status: template.status, zip: workbook.subarray(0, 2).toString("latin1"), read, excelJsInThisThread }));
  await heavyJobs.close();
}

void main();
