import { estimateOpBytes, REQUEST_BUDGET_BYTES } from "./estimateOpBytes";
import type { SheetOp } from "./SheetOp";

/** Thrown when operations cannot fit the allowed number of requests (a sheet far beyond the model's limits). */
export class RequestTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`La feuille est trop volumineuse pour être écrite par Excel (environ ${Math.ceil(bytes / 1048576)} Mo) : réduisez le nombre de configurations.`);
    this.name = "RequestTooLargeError";
  }
}

/**
 * Splits operations, in order, into exactly `count` batches (some possibly empty) that each stay
 * within the request budget: the first ones are filled first, so a small sheet goes in one request.
 */
export function packBatches(ops: readonly SheetOp[], count: number, budget: number = REQUEST_BUDGET_BYTES): SheetOp[][] {
  const batches: SheetOp[][] = Array.from({ length: count }, () => []);
  let index = 0;
  let used = 0;
  let total = 0;
  for (const op of ops) {
    const bytes = estimateOpBytes(op);
    total += bytes;
    if (used + bytes > budget && used > 0) {
      index += 1;
      used = 0;
    }
    if (index >= count || bytes > budget) throw new RequestTooLargeError(total + ops.slice(ops.indexOf(op) + 1).reduce((sum, rest) => sum + estimateOpBytes(rest), 0));
    batches[index]!.push(op);
    used += bytes;
  }
  return batches;
}
