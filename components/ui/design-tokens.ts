/**
 * The dashboard's design tokens: the one source of the colours, type sizes and font stacks that
 * both the page's CSS custom properties (app/styles/tokens.css) and the ECharts palette
 * (components/charts/chart-palette.ts) use. CSS cannot import TypeScript, so tokens.css spells the
 * same values and design-tokens.test.ts fails on any token the two disagree on.
 */

export type ColorScheme = 'light' | 'dark';

export interface ColorTokens {
  bg: string;
  surface: string;
  surfaceRaised: string;
  border: string;
  text: string;
  textMuted: string;
  accent: string;
  accentSoft: string;
  accentText: string;
  danger: string;
  dangerSoft: string;
  focus: string;
  /** Finished runs, medians: good news. */
  ok: string;
  /** One colour per extraction mode, on the Run page's bars and on every performance chart. */
  modeBatch: string;
  modeSequential: string;
  modeStreamsets: string;
}

/** Text colours hold at least 4.5:1 on `surface` in their scheme (a projector washes colour out). */
export const COLOR_TOKENS: Readonly<Record<ColorScheme, Readonly<ColorTokens>>> = {
  light: {
    bg: '#f4f6f9',
    surface: '#ffffff',
    surfaceRaised: '#f8fafc',
    border: '#d5dbe3',
    text: '#111827',
    textMuted: '#4b5563',
    accent: '#0b5cad',
    accentSoft: '#e3eefb',
    accentText: '#ffffff',
    danger: '#b42318',
    dangerSoft: '#fdecea',
    focus: '#1d73d6',
    ok: '#047857',
    modeBatch: '#0b5cad',
    modeSequential: '#c2410c',
    modeStreamsets: '#047857',
  },
  dark: {
    bg: '#0d1117',
    surface: '#161b22',
    surfaceRaised: '#1c232c',
    border: '#30363d',
    text: '#e6edf3',
    textMuted: '#a2afbd',
    accent: '#6cb6ff',
    accentSoft: '#15304f',
    accentText: '#0d1117',
    danger: '#ff8a80',
    dangerSoft: '#3a1715',
    focus: '#6cb6ff',
    ok: '#4ade80',
    modeBatch: '#6cb6ff',
    modeSequential: '#ff9e5e',
    modeStreamsets: '#3fd0a0',
  },
};

/** Viewports at least this wide (a 1920 projector) get the larger type, on the page and in charts. */
export const WIDE_VIEWPORT_MIN_PX = 1800;

/** The page's root font size (1 rem): 18 px, 20 px on a wide viewport. */
export const ROOT_FONT_SIZE_PX = { regular: 18, wide: 20 } as const;

/**
 * Chart text sits this much below the page's root size: ECharts draws axis labels densely, and
 * its 12 px default is unreadable from the back of a room.
 */
export const CHART_FONT_SIZE_PX = { regular: ROOT_FONT_SIZE_PX.regular - 4, wide: ROOT_FONT_SIZE_PX.wide - 4 } as const;

export const FONT_FAMILY = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
} as const;

/** `surfaceRaised` -> `--surface-raised`: the custom property a colour token is in CSS. */
export function cssPropertyOf(token: keyof ColorTokens): string {
  return `--${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
