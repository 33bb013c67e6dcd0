/**
 * The largest believable quantity in an inventory: a commune has at most tens of thousands of
 * agents or workstations, and its largest measures (km of network, monthly volumes) are far below.
 * The sheet's data validations and the quality check share it.
 */
export const MAX_PLAUSIBLE_QUANTITY = 100_000_000;
