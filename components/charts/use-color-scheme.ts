'use client';

import { useSyncExternalStore } from 'react';
import { paletteFor, type ChartPalette, type ColorScheme } from './chart-palette';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The OS/browser colour scheme, live: charts follow it as the page's CSS does. Light on the server. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light'),
    () => 'light',
  );
}

export function useChartPalette(): ChartPalette {
  return paletteFor(useColorScheme());
}
