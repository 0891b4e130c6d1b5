/**
 * Chart colours per colour scheme, matching the page tokens (app/styles/tokens.css) so a chart
 * sits on its card in either theme. Categorical colours follow Okabe-Ito (safe for the common
 * colour-vision deficiencies); quality marks get hues no category uses.
 */
export type ColorScheme = 'light' | 'dark';

export interface ChartPalette {
  scheme: ColorScheme;
  /** Chart text in px: larger on a 1920-wide projector, as the page's own type is. */
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
  questionable: string;
  substituted: string;
  systemState: string;
  /** Median marker lines. */
  median: string;
  /** The 300 s "alternative" sampling line. */
  alternative: string;
}

/** Matches the page: 18 px root below 1800 px wide, 20 px above (app/styles/base.css). */
export const FONT_SIZE_PX = { regular: 14, large: 16 } as const;

const LIGHT: Omit<ChartPalette, 'fontSize'> = {
  scheme: 'light',
  surface: '#ffffff',
  text: '#111827',
  textMuted: '#4b5563',
  axisLine: '#9ca3af',
  splitLine: '#e5e7eb',
  primary: '#0b5cad',
  secondary: '#e69f00',
  categories: ['#0b5cad', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6b7280', '#8c564b'],
  questionable: '#c2410c',
  substituted: '#7c3aed',
  systemState: '#b42318',
  median: '#047857',
  alternative: '#b42318',
};

const DARK: Omit<ChartPalette, 'fontSize'> = {
  scheme: 'dark',
  surface: '#161b22',
  text: '#e6edf3',
  textMuted: '#a2afbd',
  axisLine: '#5b6673',
  splitLine: '#2a313a',
  primary: '#6cb6ff',
  secondary: '#f5c451',
  categories: ['#6cb6ff', '#ff9e5e', '#3fd0a0', '#e7a3cd', '#f5c451', '#8fd3ff', '#a2afbd', '#c49c94'],
  questionable: '#fb923c',
  substituted: '#c4a5ff',
  systemState: '#ff8a80',
  median: '#4ade80',
  alternative: '#ff8a80',
};

export function paletteFor(scheme: ColorScheme, large = false): ChartPalette {
  return { ...(scheme === 'dark' ? DARK : LIGHT), fontSize: large ? FONT_SIZE_PX.large : FONT_SIZE_PX.regular };
}

/** The registered ECharts theme that draws with this palette (register-echarts.ts). */
export function themeName(palette: ChartPalette): string {
  return `pi-${palette.scheme}-${palette.fontSize}`;
}

/** The n-th categorical colour, cycling. */
export function categoryColor(palette: ChartPalette, index: number): string {
  return palette.categories[index % palette.categories.length] ?? palette.primary;
}
