/**
 * The partition of the `dossiers` table that holds the Métropole's finance rows (cost items, runs,
 * publications); its audit chain is the `metropole` chain, so each change is audited atomically.
 */
export const METROPOLE_DOSSIER = "metropole";
