/** Samples a process's resident memory while something runs: the peak, in MiB. */
export function sampleMemory(read: () => number = () => process.memoryUsage().rss, everyMs = 200): { stop(): { peakMiB: number; lastMiB: number; samples: number[] } } {
  const samples: number[] = [read() / 2 ** 20];
  const timer = setInterval(() => samples.push(read() / 2 ** 20), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(read() / 2 ** 20);
      return { peakMiB: Math.round(Math.max(...samples)), lastMiB: Math.round(samples[samples.length - 1] ?? 0), samples };
    },
  };
}
