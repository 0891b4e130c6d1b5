import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteFor } from '../charts/chart-palette';
import { CHART_FONT_SIZE_PX, COLOR_TOKENS, cssPropertyOf, FONT_FAMILY, ROOT_FONT_SIZE_PX, WIDE_VIEWPORT_MIN_PX, type ColorTokens } from './design-tokens';

const TOKENS_CSS = readFileSync(path.join(process.cwd(), 'app/styles/tokens.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties declared in `:root { ... }` inside `scope` (the file, or one @media block's body). */
function rootProperties(scope: string): Map<string, string> {
  const body = /:root\s*\{([^}]*)\}/.exec(scope)?.[1];
  if (body === undefined) throw new Error(`no :root block in: ${scope.slice(0, 80)}`);
  const properties = new Map<string, string>();
  for (const declaration of body.split(';')) {
    const match = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(declaration);
    if (match?.[1] && match[2]) properties.set(match[1], match[2]);
  }
  return properties;
}

/** The body of the `@media (<condition>) { ... }` block, nested braces included. */
function mediaBlock(condition: string): string {
  const start = TOKENS_CSS.indexOf(`@media (${condition})`);
  if (start < 0) throw new Error(`no @media (${condition}) in tokens.css`);
  const open = TOKENS_CSS.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < TOKENS_CSS.length; i += 1) {
    if (TOKENS_CSS[i] === '{') depth += 1;
    if (TOKENS_CSS[i] === '}' && --depth === 0) return TOKENS_CSS.slice(open + 1, i);
  }
  throw new Error(`unclosed @media (${condition})`);
}

const light = rootProperties(TOKENS_CSS);
const dark = rootProperties(mediaBlock('prefers-color-scheme: dark'));
const wide = rootProperties(mediaBlock(`min-width: ${WIDE_VIEWPORT_MIN_PX}px`));

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const tokenNames = Object.keys(COLOR_TOKENS.light) as (keyof ColorTokens)[];

describe('tokens.css holds the design tokens', () => {
  it.each(tokenNames)('%s: the same colour in both schemes', (token) => {
    expect(light.get(cssPropertyOf(token))).toBe(COLOR_TOKENS.light[token]);
    expect(dark.get(cssPropertyOf(token))).toBe(COLOR_TOKENS.dark[token]);
  });

  it('declares no colour the tokens module lacks', () => {
    const known = new Set(tokenNames.map(cssPropertyOf));
    for (const properties of [light, dark]) {
      const colours = [...properties].filter(([, value]) => HEX_COLOR.test(value)).map(([name]) => name);
      expect(colours.filter((name) => !known.has(name))).toEqual([]);
    }
  });

  it('the root font size, regular and on a wide viewport', () => {
    expect(light.get('--font-size-root')).toBe(`${ROOT_FONT_SIZE_PX.regular}px`);
    expect(wide.get('--font-size-root')).toBe(`${ROOT_FONT_SIZE_PX.wide}px`);
  });

  it('the font stacks', () => {
    expect(light.get('--font-sans')).toBe(FONT_FAMILY.sans);
    expect(light.get('--font-mono')).toBe(FONT_FAMILY.mono);
  });
});

describe('the chart palette reads the tokens', () => {
  it.each(['light', 'dark'] as const)('%s: page colours and mode colours', (scheme) => {
    const palette = paletteFor(scheme);
    const tokens = COLOR_TOKENS[scheme];
    expect(palette).toMatchObject({
      surface: tokens.surface,
      text: tokens.text,
      textMuted: tokens.textMuted,
      primary: tokens.accent,
      median: tokens.ok,
      systemState: tokens.danger,
      modes: { batch: tokens.modeBatch, sequential: tokens.modeSequential, streamsets: tokens.modeStreamsets },
    });
  });

  it('chart text is the chart token size, growing with the page on a wide viewport', () => {
    expect(paletteFor('light').fontSize).toBe(CHART_FONT_SIZE_PX.regular);
    expect(paletteFor('dark', true).fontSize).toBe(CHART_FONT_SIZE_PX.wide);
    expect(CHART_FONT_SIZE_PX.wide).toBeGreaterThan(CHART_FONT_SIZE_PX.regular);
  });
});
