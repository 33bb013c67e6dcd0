/** Storage reads one request fans out at once: an EPCI of hundreds of communes, or many requests together, must not flood storage. */
export const PARALLEL_READS = 8;

/**
 * Maps `items` with an asynchronous `read`, at most `limit` at a time, keeping their order.
 * A request that reads per member (23 here, hundreds elsewhere) then adds a bounded load to
 * storage, so that simultaneous requests queue in time rather than each call waiting past the
 * storage timeout.
 */
export async function mapInBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>, limit = PARALLEL_READS): Promise<R[]> {
  const results: R[] = [];
  for (let from = 0; from < items.length; from += limit) results.push(...(await Promise.all(items.slice(from, from + limit).map(read))));
  return results;
}
