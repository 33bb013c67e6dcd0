/** The message a worker posts when it starts a job: the pool's time limit runs from then, not from the queue. */
export interface HeavyJobStarted {
  readonly heavyJobStarted: number;
}
