import { formatFrenchNumber } from "../checks/format/formatFrenchNumber";

/**
 * A money text of the API (`"-7437606.00"`, or an exact share `"591.5492957746"`) written the
 * French way from its digits, never through a floating-point number: « -7 437 606,00 € ».
 */
export function formatFrenchEuros(amount: string): string {
  return `${formatFrenchNumber(amount)}\u00a0€`;
}
