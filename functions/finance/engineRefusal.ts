import { describeProblem, type Problem } from "../../shared/validation/problem";
import { ApiError } from "../http/apiError";

/** 422 for inputs the quote-part engine refuses (zero total weight, missing figures…), every problem named. */
export function engineRefusal(what: string, problems: readonly Problem[]): ApiError {
  return new ApiError(422, "calcul_impossible", `${what} : ${problems.map(describeProblem).join(" ; ")}`, problems);
}
