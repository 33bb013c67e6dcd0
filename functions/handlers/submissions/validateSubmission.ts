import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { inspectReceived } from "../../submissions/inspectReceived";
import { readSubmissionBody } from "../../submissions/readSubmissionBody";

/**
 * POST /api/validate — runs every check on a submission without storing anything: JSON, or the
 * filled template as .xlsx (the same reading as a submission), so a commune can check its workbook
 * before depositing it.
 */
export const validateSubmission: Handler = async (request, { services }) => {
  const received = await readSubmissionBody(request);
  return jsonResponse(inspectReceived(services, received, services.now()));
};
