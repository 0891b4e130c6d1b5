/** Samples this process's RSS while `work` runs: the peak is what a 2-core, shared machine must afford. */
export async function withPeakRss<T>(work: () => Promise<T>, everyMs = 25): Promise<{ result: T; peakRssBytes: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssBytes: peak };
  } finally {
    clearInterval(timer);
  }
}
