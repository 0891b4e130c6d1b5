import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RUN_FORM, formFromQuery, formToQuery, type RunFormSettings } from './run-form-settings';

const setup: RunFormSettings = {
  networkProfile: 'wan',
  faultRate: 0.1,
  modes: ['batch', 'streamsets', 'sequential'],
  budgetSeconds: '45',
  partitions: 10,
  repeats: 3,
  gzip: false,
  selectedFields: false,
  tier: 10000,
};

describe('run form settings in the URL', () => {
  it('round-trips a whole setup through the query string', () => {
    const query = formToQuery(setup);
    expect(query.toString()).toBe('tier=10000&profile=wan&modes=batch%2Cstreamsets%2Csequential&faults=0.1&budget=45&partitions=10&repeats=3&gzip=off&fields=full');
    expect(formFromQuery(query)).toEqual(setup);
  });

  it('keeps the query keys that are not the form’s', () => {
    expect(formToQuery(setup, new URLSearchParams('run=abc')).get('run')).toBe('abc');
  });

  it('has nothing to say for a query without the form’s keys', () => {
    expect(formFromQuery(new URLSearchParams(''))).toBeNull();
    expect(formFromQuery(new URLSearchParams('run=abc'))).toBeNull();
  });

  it('falls back to the default for each value that does not parse, keeping the rest', () => {
    const parsed = formFromQuery(new URLSearchParams('profile=moon&faults=0.3&modes=batch,warp&partitions=7&repeats=9&tier=5&budget=60'));
    expect(parsed).toEqual({ ...DEFAULT_RUN_FORM, budgetSeconds: '60' });
  });

  it('keeps an empty mode list and a budget as typed, for the server to judge', () => {
    const parsed = formFromQuery(new URLSearchParams('modes=&budget=0'));
    expect(parsed?.modes).toEqual([]);
    expect(parsed?.budgetSeconds).toBe('0');
  });

  it('leaves the tier out until one is known', () => {
    expect(formToQuery(DEFAULT_RUN_FORM).has('tier')).toBe(false);
    expect(formFromQuery(formToQuery(DEFAULT_RUN_FORM))).toEqual(DEFAULT_RUN_FORM);
  });
});

describe('loading and saving in the browser', () => {
  function fakeWindow(search: string) {
    const storage = new Map<string, string>();
    const location = { pathname: '/', search, hash: '' };
    const win = {
      location,
      history: {
        state: null,
        replaceState: (_state: unknown, _title: string, url: string) => {
          location.search = url.slice(url.indexOf('?'));
        },
      },
      localStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
      },
    };
    vi.stubGlobal('window', win);
    return win;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('prefers the URL, falls back to local storage, and writes both', async () => {
    const { loadRunForm, saveRunForm } = await import('./run-form-settings');
    const win = fakeWindow('');
    expect(loadRunForm()).toBeNull();
    saveRunForm(setup);
    expect(win.location.search).toBe(`?${formToQuery(setup).toString()}`);
    // A page opened from the navigation has no query: the stored setup comes back.
    win.location.search = '';
    expect(loadRunForm()).toEqual(setup);
    // A link wins over what this browser stored.
    win.location.search = '?profile=lan&repeats=2';
    expect(loadRunForm()).toEqual({ ...DEFAULT_RUN_FORM, networkProfile: 'lan', repeats: 2 });
  });
});
