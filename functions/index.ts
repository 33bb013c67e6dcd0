import { app, type HttpRequest, type HttpResponseInit } from "@azure/functions";
import { fromAzureRequest } from "./http/fromAzureRequest";
import { executeRoute } from "./http/executeRoute";
import { errorResponse } from "./http/errorResponse";
import { ROUTES } from "./routes/routeTable";
import { configFromEnv } from "./services/configFromEnv";
import { createServices } from "./services/createServices";
import type { Services } from "./services/services";

// Azure Functions entry point (Node programming model v4): one function per route of the shared table.
let services: Services | undefined;
const getServices = () => (services ??= createServices(configFromEnv(process.env)));

for (const route of ROUTES) {
  app.http(route.name, {
    methods: [...route.methods],
    route: route.route,
    authLevel: "anonymous",
    handler: async (request: HttpRequest): Promise<HttpResponseInit> => {
      const answer = await fromAzureRequest(request, route)
        .then((apiRequest) => executeRoute(route, apiRequest, getServices()))
        .catch((error: unknown) => errorResponse(error));
      return answer.json !== undefined
        ? { status: answer.status, headers: { ...answer.headers }, jsonBody: answer.json }
        : { status: answer.status, headers: { ...answer.headers }, body: answer.body };
    },
  });
}
