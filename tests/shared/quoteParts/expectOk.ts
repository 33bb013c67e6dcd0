import type { Result } from "../../../shared/validation/problem";

/** The value of a result the test expects to be ok (fails the test with the problems otherwise). */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected problems:\n${result.problems.map((p) => `${p.path} : ${p.message}`).join("\n")}`);
  return result.value;
}
