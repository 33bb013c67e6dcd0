/** A clock tests can set: `now()` returns the current setting. */
export interface AdjustableClock {
  now: () => Date;
  set(iso: string): void;
}

/** A clock fixed at `iso` until set again. */
export function adjustableClock(iso: string): AdjustableClock {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
}
