/**
 * The Run form's settings as they travel outside React: in the URL query (a link reproduces a
 * setup) and in local storage (the fallback when a page is opened without a query). Every value is
 * parsed on the way in; one that does not parse falls back to its default alone, so an old or
 * hand-edited link still opens. Pure apart from the two functions that touch `window`.
 */
import { z } from 'zod';
import { NETWORK_PROFILE_NAMES, type NetworkProfile, extractionMode, MAX_REPEATS, type ExtractionModeName } from '../api-contract';
import { isTier, type Tier } from '../tiers';

export const FAULT_RATES = [0, 0.01, 0.05, 0.1, 0.2] as const;
/** The share counts the Performance page's partitions chart compares (lib/runs/partition-scaling.ts). */
export const PARTITION_CHOICES = [1, 2, 5, 10, 20] as const;
export const REPEAT_CHOICES = Array.from({ length: MAX_REPEATS }, (_, i) => i + 1);

export interface RunFormSettings {
  networkProfile: NetworkProfile;
  faultRate: number;
  modes: readonly ExtractionModeName[];
  /** As typed: the server validates it and names the field when it is wrong. */
  budgetSeconds: string;
  partitions: number;
  repeats: number;
  /** Ask for gzip (the connector's default); off measures what it saves. */
  gzip: boolean;
  /** Ask for the landed value fields only (selectedFields); off reads full-field JSON. */
  selectedFields: boolean;
  /** The tier the setup was made for; absent until one was picked or loaded. */
  tier: Tier | null;
}

export const DEFAULT_RUN_FORM: RunFormSettings = {
  networkProfile: 'loopback',
  faultRate: 0,
  modes: ['batch', 'sequential'],
  budgetSeconds: '30',
  partitions: 1,
  repeats: 1,
  gzip: true,
  selectedFields: true,
  tier: null,
};

/** Query parameter names: short, so a link stays readable. */
const KEYS = { networkProfile: 'profile', faultRate: 'faults', modes: 'modes', budgetSeconds: 'budget', partitions: 'partitions', repeats: 'repeats', gzip: 'gzip', selectedFields: 'fields', tier: 'tier' } as const;

export const STORAGE_KEY = 'pi-connector-demo.run-form';

const numberText = z.string().regex(/^\d+(\.\d+)?$/).transform(Number);
const fields = {
  networkProfile: z.enum(NETWORK_PROFILE_NAMES as [NetworkProfile, ...NetworkProfile[]]),
  faultRate: numberText.pipe(z.number().refine((n) => (FAULT_RATES as readonly number[]).includes(n))),
  // Empty is a choice (no mode ticked): the server then says to pick one.
  modes: z.string().transform((text, ctx) => {
    const parts = text === '' ? [] : text.split(',');
    const parsed = z.array(extractionMode).safeParse(parts);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'unknown mode' });
      return z.NEVER;
    }
    return [...new Set(parsed.data)];
  }),
  budgetSeconds: z.string().max(12),
  partitions: numberText.pipe(z.number().refine((n) => (PARTITION_CHOICES as readonly number[]).includes(n))),
  repeats: numberText.pipe(z.int().min(1).max(MAX_REPEATS)),
  gzip: z.enum(['on', 'off']).transform((v) => v === 'on'),
  selectedFields: z.enum(['selected', 'full']).transform((v) => v === 'selected'),
  tier: numberText.pipe(z.number().refine((n): n is Tier => isTier(n))),
};

/** Reads what a query (or the stored query) holds; null when it holds none of the form's keys. */
export function formFromQuery(params: URLSearchParams): RunFormSettings | null {
  if (!Object.values(KEYS).some((key) => params.has(key))) return null;
  const read = <K extends keyof typeof fields>(name: K): z.output<(typeof fields)[K]> | undefined => {
    const raw = params.get(KEYS[name]);
    if (raw === null) return undefined;
    const parsed = fields[name].safeParse(raw);
    return parsed.success ? (parsed.data as z.output<(typeof fields)[K]>) : undefined;
  };
  return {
    networkProfile: read('networkProfile') ?? DEFAULT_RUN_FORM.networkProfile,
    faultRate: read('faultRate') ?? DEFAULT_RUN_FORM.faultRate,
    modes: read('modes') ?? DEFAULT_RUN_FORM.modes,
    budgetSeconds: read('budgetSeconds') ?? DEFAULT_RUN_FORM.budgetSeconds,
    partitions: read('partitions') ?? DEFAULT_RUN_FORM.partitions,
    repeats: read('repeats') ?? DEFAULT_RUN_FORM.repeats,
    gzip: read('gzip') ?? DEFAULT_RUN_FORM.gzip,
    selectedFields: read('selectedFields') ?? DEFAULT_RUN_FORM.selectedFields,
    tier: read('tier') ?? DEFAULT_RUN_FORM.tier,
  };
}

/** The form's keys set on `params` (other keys are kept): every value, so a link says the whole setup. */
export function formToQuery(settings: RunFormSettings, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  if (settings.tier === null) next.delete(KEYS.tier);
  else next.set(KEYS.tier, String(settings.tier));
  next.set(KEYS.networkProfile, settings.networkProfile);
  next.set(KEYS.modes, settings.modes.join(','));
  next.set(KEYS.faultRate, String(settings.faultRate));
  next.set(KEYS.budgetSeconds, settings.budgetSeconds);
  next.set(KEYS.partitions, String(settings.partitions));
  next.set(KEYS.repeats, String(settings.repeats));
  next.set(KEYS.gzip, settings.gzip ? 'on' : 'off');
  next.set(KEYS.selectedFields, settings.selectedFields ? 'selected' : 'full');
  return next;
}

/** The URL's settings, else the stored ones, else null (then the defaults apply). Browser only. */
export function loadRunForm(): RunFormSettings | null {
  const fromUrl = formFromQuery(new URLSearchParams(window.location.search));
  if (fromUrl) return fromUrl;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === null ? null : formFromQuery(new URLSearchParams(stored));
  } catch {
    // Storage refused (private mode, quota): the URL alone carries the settings.
    return null;
  }
}

/** Writes the settings into the URL (no navigation, no history entry) and local storage. Browser only. */
export function saveRunForm(settings: RunFormSettings): void {
  const query = formToQuery(settings, new URLSearchParams(window.location.search));
  const url = `${window.location.pathname}?${query.toString()}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
  try {
    window.localStorage.setItem(STORAGE_KEY, formToQuery(settings).toString());
  } catch {
    // As above: the URL still holds them.
  }
}
