import type { SetId } from "../catalogue/serviceSets";
import type { BlockKind } from "../inventory/siteBlocks";

/**
 * The keys written in the hidden key column, one per row. Numbers in keys are the numbers the
 * sheet shows (1-based): `fibre[2]/site.posteFixe` is a row of "Configuration 2".
 */
export const LAYOUT_KEYS = {
  title: "sheet:title",
  version: "template:version",
  identityPart: "part:identity",
  setsPart: "part:sets",
  domainsPart: "part:domains",
  referentsPart: "part:referents",
  referentsHeader: "referents:header",
  inventoryPart: "part:inventory",
  inventoryHeader: "inventory:header",
  identity: (field: "name" | "insee" | "etatDesLieux") => `identity:${field}`,
  set: (set: SetId) => `set:${set}`,
  domain: (domain: number) => `domain:${domain}`,
  referent: (number: number) => `referent[${number}]`,
  section: (sectionId: string) => `section:${sectionId}`,
  blocks: (kind: BlockKind) => `blocks:${kind}`,
  block: (kind: BlockKind, number: number) => `block:${kind}[${number}]`,
  blockRow: (kind: BlockKind, number: number, rowId: string) => `${kind}[${number}]/${rowId}`,
  row: (rowId: string) => rowId,
} as const;

