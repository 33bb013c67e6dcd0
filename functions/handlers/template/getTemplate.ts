import { FUNCTIONAL_DOMAINS } from "../../../shared/catalogue/functionalDomains";
import { SERVICE_SETS } from "../../../shared/catalogue/serviceSets";
import { MODEL_PARTS } from "../../../shared/inventory/descriptionOrganique";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { RULES } from "../../../shared/checks/rules";
import { jsonResponse } from "../../http/apiResponse";
import { readBlockCounts } from "../../http/readBlockCounts";
import type { Handler } from "../../http/routeDefinition";

/** GET /api/template — the template definition: model (sections, rows, ids, units), the sheet layout for the requested block counts, and the checks. */
export const getTemplate: Handler = async (request) => {
  const layout = buildSheetLayout({ blocks: readBlockCounts(request.query), templateVersion: TEMPLATE_VERSION });
  return jsonResponse({
    templateVersion: TEMPLATE_VERSION,
    sets: SERVICE_SETS,
    domains: FUNCTIONAL_DOMAINS,
    model: MODEL_PARTS,
    rules: RULES.map(({ id, severity, description }) => ({ id, severity, description })),
    layout,
  });
};
