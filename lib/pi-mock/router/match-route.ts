import type { RouteDef } from './types';

interface CompiledRoute {
  def: RouteDef;
  /** Lower-cased literal segment, or null for a `:param` capture. */
  segments: { literal: string | null; param: string }[];
}

export type RouteMatch =
  | { kind: 'found'; route: RouteDef; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/**
 * One routing table for single requests and batch sub-requests alike. Literal segments win over
 * captures at the same position, so `/streamsets/recorded` is not read as `/streamsets/{webId}`.
 */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(defs: readonly RouteDef[]) {
    this.routes = defs.map((def) => ({
      def,
      segments: split(def.pattern).map((s) =>
        s.startsWith(':') ? { literal: null, param: s.slice(1) } : { literal: s.toLowerCase(), param: '' },
      ),
    }));
    // More literal segments first: a literal beats a capture at the same depth.
    this.routes.sort((a, b) => literalWeight(b) - literalWeight(a));
  }

  /** `path` is below /piwebapi and already percent-decoded per segment. */
  match(method: string, pathSegments: string[]): RouteMatch {
    const allowed = new Set<string>();
    for (const route of this.routes) {
      const params = matchSegments(route, pathSegments);
      if (!params) continue;
      if (route.def.method === method || (method === 'HEAD' && route.def.method === 'GET')) {
        return { kind: 'found', route: route.def, params };
      }
      allowed.add(route.def.method);
    }
    return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
  }
}

function literalWeight(route: CompiledRoute): number {
  // Earlier literal segments weigh more: /streamsets/recorded beats /streamsets/:webId.
  let weight = 0;
  route.segments.forEach((s, i) => {
    if (s.literal !== null) weight += 1 / (i + 1);
  });
  return weight;
}

function matchSegments(route: CompiledRoute, path: string[]): Record<string, string> | null {
  if (route.segments.length !== path.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < path.length; i++) {
    const seg = route.segments[i]!;
    const actual = path[i]!;
    if (seg.literal === null) params[seg.param] = actual;
    else if (seg.literal !== actual.toLowerCase()) return null;
  }
  return params;
}

export function splitPath(path: string): string[] {
  return split(path);
}
