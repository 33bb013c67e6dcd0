import { scenarioShapeSchema } from "./scenarioShapeSchema";
import { toScenario } from "./toScenario";

/**
 * A quote-part scenario file (PRODUCT.md §5): its shape checked field by field with French
 * messages, then read as a `Scenario` (see `toScenario`).
 */
export const scenarioSchema = scenarioShapeSchema.transform(toScenario);
