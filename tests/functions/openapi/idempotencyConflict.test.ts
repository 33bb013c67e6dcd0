import { buildOpenApiDocument } from "../../../functions/openapi/buildOpenApiDocument";
import { ROUTES } from "../../../functions/routes/routeTable";

interface Answer {
  readonly description: string;
  readonly headers?: Record<string, { description: string; schema: unknown }>;
}

// The 409 of a key still in progress carries Retry-After (withIdempotency): the document says so on
// every route that takes an Idempotency-Key, and only there.
const document = buildOpenApiDocument(ROUTES) as { paths: Record<string, Record<string, { responses: Record<string, Answer> }>> };

test("every route with Idempotency-Key documents Retry-After (an integer of seconds, 1 at least) on its 409; the others do not", () => {
  const withKey = ROUTES.filter((route) => route.requestHeaders?.includes("Idempotency-Key"));
  expect(withKey.map((route) => route.name).sort()).toEqual(["computeRun", "submitSubmission"]);
  for (const route of ROUTES) {
    for (const method of route.methods) {
      const conflict = document.paths[`/api/${route.route}`]?.[method.toLowerCase()]?.responses["409"];
      if (!conflict) continue;
      const retryAfter = conflict.headers?.["Retry-After"];
      if (withKey.includes(route)) {
        expect([route.name, retryAfter?.schema]).toEqual([route.name, { type: "integer", minimum: 1 }]);
        expect(conflict.description).toMatch(/Retry-After/);
      } else {
        expect([route.name, retryAfter]).toEqual([route.name, undefined]);
      }
    }
  }
});
