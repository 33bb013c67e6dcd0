import { inspectSubmission } from "../../../shared/inspection/inspectSubmission";
import { submissionSchema } from "../../../shared/inventory/submissionSchema";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { todayInParis } from "../../../shared/calendar/todayInParis";

/** POST /api/validate — runs every check on a submission without storing anything. */
export const validateSubmission: Handler = async (request, { services }) => {
  const submission = parseInput(submissionSchema, readJsonBody(request), "Document");
  const report = inspectSubmission(submission, { today: todayInParis(services.now()), maxAgeMonths: services.config.freshnessMonths });
  return jsonResponse(report);
};
