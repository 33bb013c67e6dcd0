/** One thing wrong with an input: where (a field path such as `members[0].adhesions[1].from`) and why, in French. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** The outcome of checking an input: the typed value, or every problem found. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** One line a user can read: `path : message` (just the message for the input as a whole). */
export function describeProblem(problem: Problem): string {
  return problem.path === "" ? problem.message : `${problem.path} : ${problem.message}`;
}
