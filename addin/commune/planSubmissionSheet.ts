import type { Submission } from "../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../shared/inventory/templateVersion";
import { layoutForSubmission } from "../../shared/layout/layoutForSubmission";
import { renderValues } from "../../shared/layout/renderValues";
import { planTemplateWrite, type TemplateWriteOptions } from "../sheet/planTemplateWrite";
import type { TemplatePlan } from "../sheet/TemplatePlan";

/**
 * Plans a sheet showing a submission in the current template: the last validated version to start a
 * new campaign from, or (read-only, under another name) a version staff review.
 */
export function planSubmissionSheet(submission: Submission, options: TemplateWriteOptions): TemplatePlan {
  const layout = layoutForSubmission(submission, TEMPLATE_VERSION);
  return planTemplateWrite(layout, renderValues(layout, submission), options);
}
