'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { WIDE_VIEWPORT_MIN_PX } from '../ui/design-tokens';
import { paletteFor, type ChartPalette, type ColorScheme } from './chart-palette';

const DARK_QUERY = '(prefers-color-scheme: dark)';
/** The width at which the page's root font grows (--font-size-root in app/styles/tokens.css). */
const WIDE_QUERY = `(min-width: ${WIDE_VIEWPORT_MIN_PX}px)`;

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The OS/browser colour scheme, live: charts follow it as the page's CSS does. Light on the server. */
export function useColorScheme(): ColorScheme {
  return useMediaQuery(DARK_QUERY) ? 'dark' : 'light';
}

/** Colours and text size for charts, following the colour scheme and the viewport as the page does. */
export function useChartPalette(): ChartPalette {
  const scheme = useColorScheme();
  const wide = useMediaQuery(WIDE_QUERY);
  return useMemo(() => paletteFor(scheme, wide), [scheme, wide]);
}
