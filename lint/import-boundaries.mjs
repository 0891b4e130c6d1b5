/**
 * `local/import-boundaries`: the arrows of DESIGN §1 and the public surfaces of STYLE §12, checked
 * on resolved files rather than on specifier text. A relative specifier cannot be told apart by
 * pattern: `../http/types` is lib/http from lib/runs but lib/connector/http from
 * lib/connector/recorded, so a regex rule either misses arrows or flags a domain's own subfolders.
 *
 * Two checks, every import form included (type-only, re-export, dynamic):
 * - arrows: a file matched by an arrow's `from` (path prefixes, minus `except`) may import only
 *   the lib domains in `only` (its own always; top-level lib/*.ts files unless `topLevel` lists
 *   the allowed ones) and nothing under `neverPaths`;
 * - surfaces: a file outside lib/<domain>/ imports that domain only through lib/<domain>/index.ts.
 * A `deep` entry allows its listed targets to its listed importers, past both checks.
 */
import path from 'node:path';
import { graphFor, importVisitors } from './import-graph.mjs';

const pathList = { type: 'array', items: { type: 'string' } };

function toPosix(file) {
  return file.split(path.sep).join('/');
}

function startsWithAny(file, prefixes) {
  return prefixes.some((prefix) => file.startsWith(prefix));
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import arrows between domains and import other domains only through their index.ts.' },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          libDir: { type: 'string' },
          arrows: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['from', 'message'],
              properties: { from: pathList, except: pathList, only: pathList, topLevel: pathList, neverPaths: pathList, message: { type: 'string' } },
            },
          },
          deep: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['from', 'to', 'why'],
              properties: { from: pathList, to: { type: 'string' }, why: { type: 'string' } },
            },
          },
        },
      },
    ],
    messages: {
      arrow: '{{importer}} may not import {{target}}: {{message}}',
      surface: 'Import lib/{{domain}} through its index.ts (@/lib/{{domain}} or a relative path to the folder), not {{target}} (STYLE §12).',
      noSurface: 'lib/{{domain}} has no index.ts: it is not a library other code imports ({{target}}).',
    },
  },
  create(context) {
    const file = path.normalize(context.physicalFilename);
    const graph = graphFor(file);
    if (!graph) return {};
    const options = context.options[0] ?? {};
    const libDir = `${options.libDir ?? 'lib'}/`;
    const importer = toPosix(path.relative(graph.root, file));
    const arrows = (options.arrows ?? []).filter((arrow) => startsWithAny(importer, arrow.from) && !startsWithAny(importer, arrow.except ?? []));
    const deep = (options.deep ?? []).filter((rule) => startsWithAny(importer, rule.from)).map((rule) => new RegExp(rule.to));
    const domainOf = (relative) => (relative.startsWith(libDir) && relative.split('/').length > 2 ? relative.split('/')[1] : null);
    const ownDomain = domainOf(importer);

    return importVisitors((node, source) => {
      const resolved = graph.resolve(source.value, file);
      if (!resolved) return;
      const target = toPosix(path.relative(graph.root, resolved));
      const domain = domainOf(target);
      if (domain === ownDomain && domain !== null) return;
      // A listed exception names exactly what it allows: it stands for both checks.
      if (deep.some((pattern) => pattern.test(target))) return;
      for (const arrow of arrows) {
        const isTopLevel = target.startsWith(libDir) && domain === null;
        const refused =
          startsWithAny(target, arrow.neverPaths ?? []) ||
          (arrow.only !== undefined && domain !== null && !arrow.only.includes(domain)) ||
          (arrow.topLevel !== undefined && isTopLevel && !arrow.topLevel.includes(target.slice(libDir.length)));
        if (refused) {
          context.report({ node, messageId: 'arrow', data: { importer, target, message: arrow.message } });
          return;
        }
      }
      if (domain === null || target === `${libDir}${domain}/index.ts`) return;
      const hasSurface = graph.edges.has(path.join(graph.root, libDir, domain, 'index.ts'));
      context.report({ node, messageId: hasSurface ? 'surface' : 'noSurface', data: { domain, target } });
    });
  },
};
