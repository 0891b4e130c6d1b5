/**
 * Where a run reads from. Embedded: the process-wide mock switched to the run's tier, latency
 * (network profile) and fault rate, reached through its raw node:http listener, not the Next route
 * (DESIGN §9: Next adds ~0.9 ms a request, so sequential vs batch would measure Next, not PI).
 * External: the connection saved on the server; profile and fault rate are the real network's.
 */
import type { PiAuth } from '../connector/http';
import { currentWorld, ensureListener, reconfigure } from '../pi-mock/embedded';
import type { ExternalTarget } from './connection-store';
import { NETWORK_PROFILES, NETWORK_PROFILE_NAMES, type NetworkProfile } from './network-profiles';
import type { RunSettings } from './schemas';

export interface RunTarget {
  baseUrl: string;
  auth: PiAuth;
  /** Puts back what the run changed on the embedded mock (latency, fault rate); the tier stays switched. */
  restore(): void;
}

export function latencyOfProfile(name: string): number {
  if (!(NETWORK_PROFILE_NAMES as string[]).includes(name)) throw new Error(`unknown network profile '${name}'`);
  return NETWORK_PROFILES[name as NetworkProfile].latencyMs;
}

/** Switches the embedded mock only where it differs: a rebuild is cheap, but needless ones would reset its start-up figure. */
export async function embeddedTarget(settings: RunSettings): Promise<RunTarget> {
  const before = currentWorld();
  const latencyMs = latencyOfProfile(settings.networkProfile);
  const previous = { latencyMs: before.options.latencyMs, faultRate: before.options.faultRate };
  if (before.catalogue.count !== settings.tier || previous.latencyMs !== latencyMs || previous.faultRate !== settings.faultRate) {
    reconfigure({ tagCount: settings.tier, latencyMs, faultRate: settings.faultRate });
  }
  const baseUrl = await ensureListener();
  return {
    baseUrl,
    auth: { mode: 'none' },
    restore() {
      const now = currentWorld().options;
      if (now.latencyMs !== previous.latencyMs || now.faultRate !== previous.faultRate) reconfigure(previous);
    },
  };
}

export function externalRunTarget(target: ExternalTarget): RunTarget {
  return { baseUrl: target.baseUrl, auth: target.auth, restore() {} };
}
