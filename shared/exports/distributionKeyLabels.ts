import type { DistributionKey } from "../quoteParts/scenario/distributionKeys";

/** French labels of the distribution keys, for exports. */
export const DISTRIBUTION_KEY_LABELS: Readonly<Record<DistributionKey, string>> = {
  postes: "postes informatiques",
  agents: "agents",
  sites: "sites",
  users: "utilisateurs du domaine",
  equal: "parts égales",
  custom: "poids spécifiques",
};
