import { takeContractViolations } from "./contractViolations";

// Every answer a test file receives through a test API's `call` must conform to the contract of
// shared/api (error bodies included): the file fails after its own tests when one did not.
afterAll(() => {
  const violations = [...new Set(takeContractViolations())];
  if (violations.length > 0) throw new Error(`Réponses hors contrat (shared/api) :\n${violations.slice(0, 20).join("\n")}`);
});
