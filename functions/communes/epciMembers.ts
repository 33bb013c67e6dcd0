/** A member commune of the EPCI. */
export interface MemberCommune {
  readonly insee: string;
  readonly name: string;
}

/** The EPCI's name and member communes, from @etalab/decoupage-administratif. */
export interface Epci {
  readonly siren: string;
  readonly name: string;
  readonly members: readonly MemberCommune[];
}

const cache = new Map<string, Epci | undefined>();

/** The EPCI with this SIREN, or undefined when the reference data does not know it (loaded once, lazily). */
export function findEpci(siren: string): Epci | undefined {
  if (!cache.has(siren)) {
    // Loaded on first use only: keeps the functions' cold start short.
    const all = require("@etalab/decoupage-administratif/data/epci.json") as { code: string; nom: string; membres: { code: string; nom: string }[] }[];
    const found = all.find((epci) => epci.code === siren);
    cache.set(
      siren,
      found && {
        siren,
        name: found.nom,
        members: found.membres.map((member) => ({ insee: member.code, name: member.nom })).sort((a, b) => (a.insee < b.insee ? -1 : 1)),
      },
    );
  }
  return cache.get(siren);
}
