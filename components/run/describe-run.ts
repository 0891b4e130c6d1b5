/** Short descriptions of a run's settings for lists, pickers and comparisons. */
import { formatCount, formatPercent } from '@/lib/client';
import { NETWORK_PROFILES, type NetworkProfile, type RunSettings } from '@/lib/api-contract';
import { MODE_LABELS } from './mode-labels';

export function profileText(settings: RunSettings): string {
  if (settings.target === 'external') return 'external PI Web API';
  const profile = NETWORK_PROFILES[settings.networkProfile as NetworkProfile];
  return profile ? `${profile.label} (+${profile.latencyMs} ms)` : settings.networkProfile;
}

export function modesText(settings: RunSettings): string {
  return settings.modes.map((m) => MODE_LABELS[m]).join(' + ');
}

/** "1,040 tags · Loopback (+0 ms) · faults 0% · Batch + Sequential", plus partitions when split. */
export function describeRun(settings: RunSettings): string {
  const parts = [
    settings.target === 'external' ? 'external server' : `${formatCount(settings.tier)} tags`,
    profileText(settings),
    `faults ${formatPercent(settings.faultRate)}`,
    modesText(settings),
  ];
  if (settings.partitions > 1) parts.push(`${settings.partitions} partitions`);
  if (settings.repeats > 1) parts.push(`${settings.repeats} repeats`);
  return parts.join(' · ');
}

/**
 * Every setting a displayed run used, for the line beside it on the Run page: the sequential
 * budget only when sequential ran (a batch-only run has none to speak of).
 */
export function describeRunSettings(settings: RunSettings): string[] {
  const parts = [
    settings.target === 'external' ? 'external PI Web API' : `${formatCount(settings.tier)} tags`,
    ...(settings.target === 'external' ? [] : [profileText(settings)]),
    settings.faultRate > 0 ? `faults ${formatPercent(settings.faultRate)}` : 'no faults',
    modesText(settings),
  ];
  if (settings.modes.includes('sequential')) parts.push(`sequential budget ${formatCount(settings.sequentialBudgetSeconds)} s`);
  if (settings.partitions > 1) parts.push(`${settings.partitions} partitions`);
  parts.push(settings.repeats > 1 ? `${settings.repeats} repeats` : 'once');
  return parts;
}
