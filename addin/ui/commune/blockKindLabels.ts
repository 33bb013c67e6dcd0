import type { BlockKind } from "../../../shared/inventory/siteBlocks";

/** Short French names of the kinds of site configurations, for the pane. */
export const BLOCK_KIND_LABELS: Readonly<Record<BlockKind, string>> = {
  fibre: "Sites reliés par fibre optique privative",
  interconnexion: "Sites reliés par un autre type d'interconnexion (VPN…)",
  isole: "Sites isolés (hors réseau de la collectivité)",
};
