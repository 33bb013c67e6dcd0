/** Runs tasks at most `limit` at a time; the others wait their turn, in order. */
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * A gate for work that loads storage heavily (a quote-part run reads every member's history and
 * documents): simultaneous requests then queue here, in this process, instead of flooding storage
 * so that each of their calls waits past the storage timeout (503).
 */
export function createGate(limit: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    async run(task) {
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
