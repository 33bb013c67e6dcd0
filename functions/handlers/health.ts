import { TEMPLATE_VERSION } from "../../shared/inventory/templateVersion";
import { jsonResponse } from "../http/apiResponse";
import type { Handler } from "../http/routeDefinition";

/** GET /api/health — liveness, and whether storage answers (503 when it does not). */
export const health: Handler = async (_request, { services }) => {
  await services.store.table("dossiers").listEntities({ queryOptions: { select: ["rowKey"] } }).byPage({ maxPageSize: 1 }).next();
  return jsonResponse({ status: "ok", storage: "ok", templateVersion: TEMPLATE_VERSION, time: services.now().toISOString() });
};
