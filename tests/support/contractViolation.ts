import { errorBodySchema } from "../../shared/api/errorBodySchema";
import { formatPath } from "../../shared/validation/formatPath";
import { compileRoute, matchRoute } from "../../functions/http/matchRoute";
import { ROUTES } from "../../functions/routes/routeTable";

const COMPILED = ROUTES.map(compileRoute);

/**
 * What is wrong with an API answer against the contract written in shared/api (undefined: it
 * conforms): an error's body against the error schema, a JSON success against its route's
 * response schema. Binary answers (workbooks, CSV) are not JSON and not checked here.
 */
export function contractViolation(method: string, path: string, status: number, contentType: string | null, text: string): string | undefined {
  const json = (contentType ?? "").includes("json");
  const label = `${method} /api/${path} → ${status}`;
  if (status === 204 || method === "HEAD") return undefined;
  if (!json) return status >= 400 ? `${label} : erreur sans corps JSON (${contentType ?? "sans type"})` : undefined;
  let body: unknown;
  try {
    body = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch {
    return `${label} : JSON illisible`;
  }
  const route = matchRoute(COMPILED, path.split("?")[0] ?? "").find((candidate) => candidate.route.methods.includes((method === "HEAD" ? "GET" : method) as never))?.route;
  const schema = status >= 400 ? errorBodySchema : route?.response;
  if (!schema) return undefined;
  const parsed = schema.safeParse(body);
  if (parsed.success) return undefined;
  const issues = parsed.error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)} ${issue.message}`);
  return `${label} (${route?.name ?? "routeur"}) : ${issues.join(" ; ")}`;
}
