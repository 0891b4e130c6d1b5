/**
 * Tick steps a presenter can read on a time axis (10 s, 1 min, 5 min ...): ECharts' own split of
 * 0-300 s lands on 100 s steps, "1.7 min, 3.3 min", which nobody says aloud.
 */
const STEPS_SECONDS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400] as const;

/** The smallest readable step that splits [0, maxSeconds] into at most `maxTicks` intervals. */
export function timeAxisStep(maxSeconds: number, maxTicks = 6): number {
  if (!(maxSeconds > 0)) return 1;
  return STEPS_SECONDS.find((step) => maxSeconds / step <= maxTicks) ?? maxSeconds / maxTicks;
}

/** min/max/interval for a value axis in seconds that starts at 0 and ends on a whole step. */
export function timeAxisRange(maxSeconds: number, maxTicks = 6): { min: number; max: number; interval: number } {
  const interval = timeAxisStep(maxSeconds, maxTicks);
  return { min: 0, max: Math.max(interval, Math.ceil(maxSeconds / interval) * interval), interval };
}
