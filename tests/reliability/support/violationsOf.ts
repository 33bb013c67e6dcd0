import { isFrench } from "./isFrench";
import { leaksInternals } from "./leaksInternals";

/** An API answer as the fuzzers see it. */
export interface FuzzAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** Statuses a body can earn: accepted (200, 201) or refused for its content, size or type; a retried key in flight (409). */
export const EXPECTED_STATUSES = new Set([200, 201, 400, 409, 413, 415, 422]);

interface ErrorBody {
  readonly error?: { readonly message?: unknown; readonly problems?: readonly { readonly path?: unknown; readonly message?: unknown }[] };
  readonly findings?: readonly { readonly rowId?: unknown; readonly cell?: unknown; readonly message?: unknown; readonly severity?: unknown }[];
}

/** The located problems of a refusal: `problems` by field path, or error findings by row or cell. */
function locations(body: ErrorBody): { located: number; messages: unknown[] } {
  const problems = body.error?.problems ?? [];
  const findings = (body.findings ?? []).filter((finding) => finding.severity === "error");
  const located = problems.filter((problem) => typeof problem.path === "string").length + findings.filter((finding) => typeof finding.rowId === "string" || typeof finding.cell === "string").length;
  return { located, messages: [...problems.map((problem) => problem.message), ...findings.map((finding) => finding.message)] };
}

/**
 * What is wrong with an answer to a generated request, as short English labels (empty when it is
 * right): a 5xx or an unexpected status, a body that is not JSON, an internal detail leaked, and for
 * a refusal a message that is not French, or (400 and 422, refusals of the content) no problem
 * located by field path, row or cell.
 */
export function violationsOf(answer: FuzzAnswer): string[] {
  const violations: string[] = [];
  if (answer.status >= 500) violations.push(`5xx (${answer.status})`);
  else if (!EXPECTED_STATUSES.has(answer.status)) violations.push(`unexpected status ${answer.status}`);
  const leak = leaksInternals(answer.text);
  if (leak) violations.push(`leaks ${JSON.stringify(leak)}`);
  if (answer.status < 400) return violations;
  if (!answer.contentType.startsWith("application/json")) return [...violations, `refusal not in JSON (${answer.contentType})`];
  let body: ErrorBody;
  try {
    body = JSON.parse(answer.text) as ErrorBody;
  } catch {
    return [...violations, "refusal body is not JSON"];
  }
  const message = body.error?.message;
  if (typeof message !== "string" || !isFrench(message)) violations.push(`message not French: ${JSON.stringify(message)?.slice(0, 120)}`);
  const { located, messages } = locations(body);
  const notFrench = messages.find((text) => typeof text !== "string" || !isFrench(text));
  if (notFrench !== undefined) violations.push(`problem message not French: ${JSON.stringify(notFrench)?.slice(0, 120)}`);
  if ((answer.status === 400 || answer.status === 422) && located === 0) violations.push("no field path");
  return violations;
}
