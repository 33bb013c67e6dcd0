import { hasRole } from "../auth/principal";
import type { Services } from "../services/services";
import { forbidden } from "./apiError";
import type { ApiRequest } from "./apiRequest";
import type { ApiResponse } from "./apiResponse";
import { errorResponse } from "./errorResponse";
import type { RouteDefinition } from "./routeDefinition";
import { API_SECURITY_HEADERS } from "./securityHeaders";

/** Runs one route for a request: authentication and role check, the handler, errors as French answers. */
export async function executeRoute(route: RouteDefinition, request: ApiRequest, services: Services): Promise<ApiResponse> {
  let response: ApiResponse;
  try {
    if (route.access === "public") {
      response = await route.handler(request, { services });
    } else {
      const principal = await services.verifyToken(request.header("authorization"));
      if (!route.access.some((role) => hasRole(principal, role))) throw forbidden();
      response = await route.handler(request, { services, principal });
    }
  } catch (error) {
    response = errorResponse(error, services.log);
  }
  return { ...response, headers: { ...API_SECURITY_HEADERS, ...response.headers } };
}
