import { authorizeRoute } from "../auth/authorizeRoute";
import type { Services } from "../services/services";
import type { ApiRequest } from "./apiRequest";
import type { ApiResponse } from "./apiResponse";
import { errorResponse } from "./errorResponse";
import type { RouteDefinition } from "./routeDefinition";
import { API_SECURITY_HEADERS } from "./securityHeaders";

/** Runs one route for a request: authentication, the route's authorization decision, the handler, errors as French answers. */
export async function executeRoute(route: RouteDefinition, request: ApiRequest, services: Services): Promise<ApiResponse> {
  let response: ApiResponse;
  try {
    if (route.access === "public") {
      response = await route.handler(request, { services });
    } else {
      const caller = await services.verifyToken(request.header("authorization"));
      const principal = authorizeRoute(route.access, caller, route.route.includes("{insee}") ? (request.params.insee ?? "") : undefined);
      response = await route.handler(request, { services, principal });
    }
  } catch (error) {
    response = errorResponse(error, services.log);
  }
  return { ...response, headers: { ...API_SECURITY_HEADERS, ...response.headers } };
}
