import type { DomainNumber } from "../catalogue/functionalDomains";
import type { RowDefinition } from "./rowDefinition";

/** A fixed section of the description organique ("Domaine" column of the annex). */
export interface SectionDefinition {
  /** Stable identifier, never changed between template versions. */
  readonly id: string;
  readonly label: string;
  /** The annex's own wording, kept where the label corrects it. */
  readonly annexLabel?: string;
  /** The C domain whose application section this is. */
  readonly domain?: DomainNumber;
  /** The section may be declared "sans objet" as a whole. */
  readonly optional?: boolean;
  /** Not in the 2019 annex: added by this template (domain 15). */
  readonly addition?: boolean;
  readonly rows: readonly RowDefinition[];
}
