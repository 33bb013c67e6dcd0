/** A commune's figures split into those the engine can take and those it would refuse (negative: a draft is not checked). */
export function splitFigures(weights: Readonly<Record<string, number>>): { valid: Record<string, number>; invalid: Record<string, number> } {
  const valid: Record<string, number> = {};
  const invalid: Record<string, number> = {};
  for (const [name, weight] of Object.entries(weights)) {
    if (Number.isFinite(weight) && weight >= 0) valid[name] = weight;
    else invalid[name] = weight;
  }
  return { valid, invalid };
}
