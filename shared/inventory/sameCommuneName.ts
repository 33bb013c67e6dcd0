/** A commune name reduced to what identifies it: no case, accents, ligatures, hyphens, apostrophes or spaces; « St »/« Ste » read as Saint/Sainte. */
function reduced(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // Ligatures NFD does not split (Marœuil, Chambœuf): written "oe", "ae" by INSEE and by users.
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/\bst\b\.?/g, "saint")
    .replace(/\bste\b\.?/g, "sainte")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Whether a name typed by a commune is its official name, written however (« TALANT »,
 * « Marsannay la Cote », « St-Apollinaire », « Ville de Chenôve »): the INSEE code identifies the commune, the name
 * confirms it, and a different commune's name is a mistake to report, not to store.
 */
export function sameCommuneName(typed: string, official: string): boolean {
  return reduced(withoutPrefix(typed)) === reduced(official);
}

/** « Ville de Chenôve », « Commune d'Ahuy », « Mairie de Talant » → the name alone. */
function withoutPrefix(name: string): string {
  return name.trim().replace(/^(?:ville|commune|mairie)\s+(?:de\s+|d['’]\s*)/i, "");
}
