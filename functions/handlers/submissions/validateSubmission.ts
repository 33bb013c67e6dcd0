import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { inspectReceived } from "../../submissions/inspectReceived";
import { readSubmissionBody } from "../../submissions/readSubmissionBody";

/**
 * POST /api/validate — runs every check on a submission without storing anything: JSON, or the
 * filled template as .xlsx (the same reading as a submission), so a commune can check its workbook
 * before depositing it. The same checks as the deposit: a commune outside the EPCI, or (for a
 * commune's référent) another commune than its own, is reported.
 */
export const validateSubmission: Handler = async (request, { services, principal }) => {
  const received = await readSubmissionBody(request);
  // A commune's référent (no staff or finance role on this route) checks its own commune's file, as it would deposit it.
  const ownOnly = principal?.roles.length === 1 && principal.roles[0] === "commune" ? principal.commune : undefined;
  return jsonResponse(inspectReceived(services, received, services.now(), ownOnly));
};
