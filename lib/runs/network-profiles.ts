/**
 * Network profiles the presenter can pick: the latency each adds to every HTTP request the
 * mock answers (DESIGN §3). Round-trip figures typical of each link, stated as such on screen.
 */
export const NETWORK_PROFILES = {
  loopback: { label: 'Loopback', latencyMs: 0, note: 'same machine' },
  lan: { label: 'LAN', latencyMs: 1, note: 'same site, ~1 ms round trip' },
  wan: { label: 'WAN', latencyMs: 30, note: 'another site, ~30 ms round trip' },
  intercontinental: { label: 'Intercontinental', latencyMs: 150, note: 'another continent, ~150 ms round trip' },
} as const;

export type NetworkProfile = keyof typeof NETWORK_PROFILES;
export const NETWORK_PROFILE_NAMES = Object.keys(NETWORK_PROFILES) as NetworkProfile[];
