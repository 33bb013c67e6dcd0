import fc from "fast-check";

/**
 * Generates `total` values of an arbitrary `chunk` at a time (chunk n with a seed mixed from `seed` and n) and
 * hands each chunk to `use` before generating the next, so that large generated bodies are not all
 * held at once. Case i is reproduced by the same seed, total and chunk size.
 */
export async function sampleInChunks<T>(arbitrary: fc.Arbitrary<T>, total: number, seed: number, chunk: number, use: (values: T[], firstIndex: number) => Promise<void>): Promise<void> {
  for (let first = 0, n = 0; first < total; first += chunk, n += 1) {
    await use(fc.sample(arbitrary, { numRuns: Math.min(chunk, total - first), seed: chunkSeed(seed, n) }), first);
  }
}

/** The seed of chunk `n`: seeds of neighbouring runs do not share chunks. */
export function chunkSeed(seed: number, n: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(n + 1, 0x85ebca6b)) | 0;
}
