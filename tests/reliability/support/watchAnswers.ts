/** Follows a load's answers as they come (`onAnswer`, given to runSubmissionLoad), so that a test waits for them rather than for time. */
export interface AnswerWatch {
  /** To pass as runSubmissionLoad's `onAnswer`: each answer's label (its status, or "network error"). */
  readonly onAnswer: (label: string) => void;
  /** Resolves once `count` answers labelled `label` have come after this call; fails after `timeoutMs`. */
  next(label: string, count: number, timeoutMs?: number): Promise<void>;
}

/** An AnswerWatch with no answer seen yet. */
export function watchAnswers(): AnswerWatch {
  const waiters = new Set<{ label: string; left: number; done: () => void }>();
  return {
    onAnswer(label) {
      for (const waiter of [...waiters]) {
        if (waiter.label !== label) continue;
        waiter.left -= 1;
        if (waiter.left === 0) waiter.done();
      }
    },
    next(label, count, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const waiter = {
          label,
          left: count,
          done: () => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${count} answers ${label} awaited, ${count - waiter.left} came in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}
