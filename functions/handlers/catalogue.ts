import { FUNCTIONAL_DOMAINS } from "../../shared/catalogue/functionalDomains";
import { SERVICE_SETS } from "../../shared/catalogue/serviceSets";
import { jsonResponse } from "../http/apiResponse";
import type { Handler } from "../http/routeDefinition";

/** GET /api/catalogue — the service sets A/B/C and the 16 C domains with their French labels. */
export const catalogue: Handler = async () => jsonResponse({ sets: SERVICE_SETS, domains: FUNCTIONAL_DOMAINS });
