import type { SetId } from "../catalogue/serviceSets";

/**
 * Which sets make a row mandatory: always, set A, set B, or `C` for the C domain of the row's
 * section; `never` for the "Autres" rows.
 */
export type RowRequirement = "always" | Exclude<SetId, "C"> | "C" | "never";

/**
 * How a row is answered. The Quantité cell holds a number of the given kind (no quantity: the
 * cell is not an input). The Description cell is `required`, `whenUsed` (needed when the
 * quantity is above 0: 0 means "not used") or `optional`.
 */
export interface RowInput {
  readonly quantity?: "integer" | "decimal";
  readonly description: "required" | "whenUsed" | "optional";
}

/** One row of the description organique ("Sous domaine"). */
export interface RowDefinition {
  /** Stable identifier, never changed between template versions. */
  readonly id: string;
  /** French label shown in the sheet. */
  readonly label: string;
  /** The annex's own wording, kept where the label corrects an obvious typo. */
  readonly annexLabel?: string;
  /** Unit hint of the annex's Quantité column ("Nb utilisateurs", "En km"…). */
  readonly unit?: string;
  readonly input: RowInput;
  readonly requiredBy: RowRequirement;
}
