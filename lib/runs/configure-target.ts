/**
 * Where a run reads from. Embedded: the process-wide mock switched to the run's tier, latency and
 * bandwidth (network profile) and fault rate, reached through its raw node:http listener, not the Next route
 * (DESIGN §9: Next adds ~0.9 ms a request, so sequential vs batch would measure Next, not PI).
 * External: the connection saved on the server; profile and fault rate are the real network's.
 */
import type { PiAuth } from '../connector';
import { currentWorld, ensureListener, reconfigure } from '../pi-mock';
import type { ExternalTarget } from './connection-store';
import { NETWORK_PROFILES, NETWORK_PROFILE_NAMES, type NetworkProfile, type RunSettings } from '../api-contract';

export interface RunTarget {
  baseUrl: string;
  auth: PiAuth;
  /** Puts back what the run changed on the embedded mock (latency, bandwidth, fault rate); the tier stays switched. */
  restore(): void;
}

/** The link a profile names: latency per request, bandwidth of the listener (0: unlimited). */
export function linkOfProfile(name: string): { latencyMs: number; bandwidthBitsPerSecond: number } {
  if (!(NETWORK_PROFILE_NAMES as string[]).includes(name)) throw new Error(`unknown network profile '${name}'`);
  const { latencyMs, bandwidthBitsPerSecond } = NETWORK_PROFILES[name as NetworkProfile];
  return { latencyMs, bandwidthBitsPerSecond };
}

type LinkSettings = ReturnType<typeof linkOfProfile> & { faultRate: number };

function sameLink(a: LinkSettings, b: LinkSettings): boolean {
  return a.latencyMs === b.latencyMs && a.bandwidthBitsPerSecond === b.bandwidthBitsPerSecond && a.faultRate === b.faultRate;
}

/** Switches the embedded mock only where it differs: a rebuild is cheap, but needless ones would reset its start-up figure. */
export async function embeddedTarget(settings: RunSettings): Promise<RunTarget> {
  const before = currentWorld();
  const wanted: LinkSettings = { ...linkOfProfile(settings.networkProfile), faultRate: settings.faultRate };
  const { latencyMs, bandwidthBitsPerSecond, faultRate } = before.options;
  const previous: LinkSettings = { latencyMs, bandwidthBitsPerSecond, faultRate };
  if (before.catalogue.count !== settings.tier || !sameLink(previous, wanted)) reconfigure({ tagCount: settings.tier, ...wanted });
  const baseUrl = await ensureListener();
  return {
    baseUrl,
    auth: { mode: 'none' },
    restore() {
      if (!sameLink(currentWorld().options, previous)) reconfigure(previous);
    },
  };
}

export function externalRunTarget(target: ExternalTarget): RunTarget {
  return { baseUrl: target.baseUrl, auth: target.auth, restore() {} };
}
