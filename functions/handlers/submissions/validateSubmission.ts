import { inspectSubmission } from "../../../shared/inspection/inspectSubmission";
import { inspectionOptions } from "../../submissions/inspectionOptions";
import { submissionSchema } from "../../../shared/inventory/submissionSchema";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";

/** POST /api/validate — runs every check on a submission without storing anything. */
export const validateSubmission: Handler = async (request, { services }) => {
  const submission = parseInput(submissionSchema, readJsonBody(request), "Document");
  const report = inspectSubmission(submission, inspectionOptions(services, services.now()));
  return jsonResponse(report);
};
