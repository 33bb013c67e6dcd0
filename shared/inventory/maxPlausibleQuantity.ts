/**
 * The largest believable figure a distribution key reads — agents, workstations, sites, users of a
 * domain: a commune has at most tens of thousands of each. (1e300 agents would take the whole of an
 * agents-keyed share.)
 */
export const MAX_PLAUSIBLE_QUANTITY = 100_000_000;

/**
 * The largest quantity of any row — a file count, a monthly volume may be large: 15 digits, what
 * Excel keeps exactly. The sheet's number validations stop there.
 */
export const MAX_QUANTITY = 999_999_999_999_999;
