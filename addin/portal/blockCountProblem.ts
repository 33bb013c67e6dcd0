/** The most configurations of one kind the template offers (the API's limit). */
export const MAX_BLOCKS = 50;

/** Why a typed number of configurations is refused, in French; undefined when it is a whole number from 0 to 50. */
export function blockCountProblem(label: string, typed: string): string | undefined {
  const text = typed.trim();
  if (text === "") return `${label} : indiquez un nombre (0 si vous n'en avez aucune).`;
  if (!/^\d+$/.test(text) || Number(text) > MAX_BLOCKS) return `${label} : nombre entier de 0 à ${MAX_BLOCKS} attendu (lu « ${text} »).`;
  return undefined;
}
