/**
 * ILLUSTRATIVE finance configuration of the demo's year, after the 2020 CLECT table: communes counted
 * with their CCAS, and Dijon's 421 000 € already carried by its attribution de compensation.
 */
export const DEMO_FINANCE_CONFIG = {
  members: {
    "21231": { acAlreadyIncluded: "421000.00", withCcas: true },
    "21166": { withCcas: true },
    "21355": { withCcas: true },
    "21390": { withCcas: true },
    "21515": { withCcas: true },
  },
};
