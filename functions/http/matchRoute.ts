import type { RouteDefinition } from "./routeDefinition";

/** A route template compiled to a regular expression over the path under `/api/`. */
export interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** Compiles `submissions/{insee}/{version}` (constraints such as `{n:int}` accepted) into a matcher. */
export function compileRoute(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const source = route.route
    .split("/")
    .map((segment) =>
      segment.replace(/\{([A-Za-z0-9_]+)(?::[a-z]+)?\}|[^{}]+/g, (token, name: string | undefined) => {
        if (name === undefined) return token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      }),
    )
    .join("/");
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** Finds the route for a path under `/api/`: the route and its decoded parameters, or undefined. */
export function matchRoute(routes: readonly CompiledRoute[], path: string): { route: RouteDefinition; params: Record<string, string> }[] {
  const found: { route: RouteDefinition; params: Record<string, string> }[] = [];
  for (const compiled of routes) {
    const match = compiled.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    compiled.names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1] ?? "");
    });
    found.push({ route: compiled.route, params });
  }
  return found;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
