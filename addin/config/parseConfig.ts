import type { AddinConfig } from "./AddinConfig";

const DEFAULT_FRESHNESS_MONTHS = 6;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/**
 * The task pane's configuration from `config.json` (written by the add-in server in local mode,
 * deployed beside the task pane in production) and the page's query: `?api=` overrides the API
 * address. Anything missing or malformed falls back to production with the API on the same origin.
 */
export function parseConfig(json: unknown, query: URLSearchParams): AddinConfig {
  const source = isRecord(json) ? json : {};
  const auth = isRecord(source.auth) ? source.auth : undefined;
  const clientId = text(auth?.clientId);
  const authority = text(auth?.authority);
  const scopes = Array.isArray(auth?.scopes) ? auth.scopes.filter((scope): scope is string => typeof scope === "string") : [];
  const months = Number(source.freshnessMonths);
  return {
    mode: source.mode === "local" ? "local" : "production",
    apiBase: (text(query.get("api")) ?? text(source.apiBase) ?? "/api").replace(/\/+$/, ""),
    ...(clientId && authority ? { auth: { clientId, authority, scopes } } : {}),
    freshnessMonths: Number.isInteger(months) && months > 0 ? months : DEFAULT_FRESHNESS_MONTHS,
  };
}
