/**
 * Chart colours per colour scheme. Everything the page also shows (text, surface, accent, danger,
 * the mode colours) comes from the design tokens, so a chart sits on its card and a mode reads the
 * same on a progress bar and a bar chart. Categorical colours follow Okabe-Ito (safe for the common
 * colour-vision deficiencies); quality marks get hues no category uses.
 */
import type { ExtractionModeName } from '@/lib/api-contract';
import { CHART_FONT_SIZE_PX, COLOR_TOKENS, type ColorScheme } from '../ui/design-tokens';

export type { ColorScheme };

export interface ChartPalette {
  scheme: ColorScheme;
  /** Chart text in px: larger on a 1920-wide projector, as the page's own type is. Charts size their text with this. */
  fontSize: number;
  surface: string;
  text: string;
  textMuted: string;
  axisLine: string;
  splitLine: string;
  /** The main series (values, bars). */
  primary: string;
  /** Second series beside primary (e.g. frames in progress). */
  secondary: string;
  categories: readonly string[];
  /** Each extraction mode's colour, as on the Run page's progress bars. */
  modes: Readonly<Record<ExtractionModeName, string>>;
  questionable: string;
  substituted: string;
  systemState: string;
  /** Median marker lines. */
  median: string;
  /** The 300 s "alternative" sampling line. */
  alternative: string;
}

const LIGHT_TOKENS = COLOR_TOKENS.light;
const LIGHT: Omit<ChartPalette, 'fontSize'> = {
  scheme: 'light',
  surface: LIGHT_TOKENS.surface,
  text: LIGHT_TOKENS.text,
  textMuted: LIGHT_TOKENS.textMuted,
  axisLine: '#9ca3af',
  splitLine: '#e5e7eb',
  primary: LIGHT_TOKENS.accent,
  secondary: '#e69f00',
  categories: [LIGHT_TOKENS.accent, '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6b7280', '#8c564b'],
  modes: { batch: LIGHT_TOKENS.modeBatch, sequential: LIGHT_TOKENS.modeSequential, streamsets: LIGHT_TOKENS.modeStreamsets },
  questionable: '#c2410c',
  substituted: '#7c3aed',
  systemState: LIGHT_TOKENS.danger,
  median: LIGHT_TOKENS.ok,
  alternative: LIGHT_TOKENS.danger,
};

const DARK_TOKENS = COLOR_TOKENS.dark;
const DARK: Omit<ChartPalette, 'fontSize'> = {
  scheme: 'dark',
  surface: DARK_TOKENS.surface,
  text: DARK_TOKENS.text,
  textMuted: DARK_TOKENS.textMuted,
  axisLine: '#5b6673',
  splitLine: '#2a313a',
  primary: DARK_TOKENS.accent,
  secondary: '#f5c451',
  categories: [DARK_TOKENS.accent, '#ff9e5e', '#3fd0a0', '#e7a3cd', '#f5c451', '#8fd3ff', '#a2afbd', '#c49c94'],
  modes: { batch: DARK_TOKENS.modeBatch, sequential: DARK_TOKENS.modeSequential, streamsets: DARK_TOKENS.modeStreamsets },
  questionable: '#fb923c',
  substituted: '#c4a5ff',
  systemState: DARK_TOKENS.danger,
  median: DARK_TOKENS.ok,
  alternative: DARK_TOKENS.danger,
};

/** `wide`: a viewport of at least WIDE_VIEWPORT_MIN_PX, where the page's type grows too. */
export function paletteFor(scheme: ColorScheme, wide = false): ChartPalette {
  return { ...(scheme === 'dark' ? DARK : LIGHT), fontSize: wide ? CHART_FONT_SIZE_PX.wide : CHART_FONT_SIZE_PX.regular };
}

/** The registered ECharts theme that draws with this palette (register-echarts.ts). */
export function themeName(palette: ChartPalette): string {
  return `pi-${palette.scheme}-${palette.fontSize}`;
}

/** The n-th categorical colour, cycling. */
export function categoryColor(palette: ChartPalette, index: number): string {
  return palette.categories[index % palette.categories.length] ?? palette.primary;
}
