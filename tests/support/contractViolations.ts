/** Answers of the test APIs of this test file that broke the contract of shared/api (see contractViolation). */
const violations: string[] = [];

/** Records an answer that broke the contract. */
export function recordContractViolation(violation: string): void {
  violations.push(violation);
}

/** The violations recorded so far in this test file, emptied. */
export function takeContractViolations(): string[] {
  return violations.splice(0, violations.length);
}
