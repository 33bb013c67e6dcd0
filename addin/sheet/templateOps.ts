import type { SheetOp } from "./SheetOp";
import type { TemplatePlan } from "./TemplatePlan";

/**
 * The operations that draw a template plan on a fresh sheet, in an order Office.js needs: number
 * formats before values (so that "01053" stays text), formats and merges, validations, then row
 * heights and the frozen header. Names, protection and selection are the adapter's last step.
 */
export function templateOps(plan: TemplatePlan): SheetOp[] {
  return [
    { kind: "columns", columns: plan.columns },
    ...plan.formats.map((run): SheetOp => ({ kind: "format", run })),
    ...plan.merges.map((address): SheetOp => ({ kind: "merge", address })),
    { kind: "numberFormats", address: plan.area, grid: plan.numberFormats },
    { kind: "values", address: plan.area, grid: plan.values },
    ...plan.validations.map((validation): SheetOp => ({ kind: "validation", validation })),
    { kind: "autofitRows", address: plan.area },
    { kind: "freezeRows", rows: plan.frozenRows },
    ...(plan.print ? [{ kind: "print", print: plan.print } as const] : []),
  ];
}
