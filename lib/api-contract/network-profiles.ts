/**
 * Network profiles the presenter can pick: the latency each adds to every HTTP request the mock
 * answers and the bandwidth its listener shares among all responses (DESIGN §3). Round-trip and
 * link figures typical of each kind of link, stated as such on screen. A real WAN limits bytes as
 * well as adding latency: 30,240 tags x 1 h of full-field JSON is ~22 s at 100 Mbit/s.
 */
export const NETWORK_PROFILES = {
  loopback: { label: 'Loopback', latencyMs: 0, bandwidthBitsPerSecond: 0, note: 'same machine, no bandwidth limit' },
  lan: { label: 'LAN', latencyMs: 1, bandwidthBitsPerSecond: 1e9, note: 'same site, ~1 ms round trip, 1 Gbit/s' },
  wan: { label: 'WAN', latencyMs: 30, bandwidthBitsPerSecond: 100e6, note: 'another site, ~30 ms round trip, 100 Mbit/s' },
  intercontinental: {
    label: 'Intercontinental',
    latencyMs: 150,
    bandwidthBitsPerSecond: 20e6,
    note: 'another continent, ~150 ms round trip, 20 Mbit/s',
  },
} as const;

export type NetworkProfile = keyof typeof NETWORK_PROFILES;
export const NETWORK_PROFILE_NAMES = Object.keys(NETWORK_PROFILES) as NetworkProfile[];

/** "100 Mbit/s", "1 Gbit/s"; "unlimited" for 0 (loopback). */
export function formatBandwidth(bitsPerSecond: number): string {
  if (bitsPerSecond <= 0) return 'unlimited';
  if (bitsPerSecond >= 1e9) return `${bitsPerSecond / 1e9} Gbit/s`;
  if (bitsPerSecond >= 1e6) return `${bitsPerSecond / 1e6} Mbit/s`;
  return `${bitsPerSecond / 1e3} kbit/s`;
}
