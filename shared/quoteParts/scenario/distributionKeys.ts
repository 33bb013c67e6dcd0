/**
 * The distribution keys of a cost item: a commune's `postes`, `agents`, `sites`, `users` of the
 * item's C domain, `equal` (weight 1 each) or `custom` (weights given on the item).
 */
export const DISTRIBUTION_KEYS = ["postes", "agents", "sites", "users", "equal", "custom"] as const;

/** One of {@link DISTRIBUTION_KEYS}. */
export type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];
