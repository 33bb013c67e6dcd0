/** What `sampleMemory` saw, in MiB: at the start, the peak, and the peak's growth over the start. */
export interface MemorySample {
  readonly baselineMiB: number;
  readonly peakMiB: number;
  readonly growthMiB: number;
  readonly lastMiB: number;
}

/**
 * Samples a process's resident memory while something runs. The jest worker that runs a test
 * may already hold other suites' memory, so tests bound the growth, not the absolute peak.
 */
export function sampleMemory(read: () => number = () => process.memoryUsage().rss, everyMs = 200): { stop(): MemorySample } {
  const samples: number[] = [read() / 2 ** 20];
  const timer = setInterval(() => samples.push(read() / 2 ** 20), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(read() / 2 ** 20);
      const baseline = samples[0] ?? 0;
      const peak = Math.max(...samples);
      return { baselineMiB: Math.round(baseline), peakMiB: Math.round(peak), growthMiB: Math.round(peak - baseline), lastMiB: Math.round(samples[samples.length - 1] ?? 0) };
    },
  };
}
