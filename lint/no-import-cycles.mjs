/**
 * `local/no-import-cycles`: no module may reach itself through its imports, type-only imports
 * included. eslint-plugin-import's `no-cycle` (2.32) cannot say that: it returns early on
 * `import type` and skips type-only declarations while it walks, so a cycle held together by types
 * passes it. Such a cycle still ties the modules together: none can be moved, tested or read alone.
 * A file is reported at each import that points into its own strongly connected component.
 */
import path from 'node:path';
import { chainBack, graphFor, importVisitors } from './import-graph.mjs';

export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle (type-only imports count): {{chain}}.' },
  },
  create(context) {
    const file = path.normalize(context.physicalFilename);
    const graph = graphFor(file);
    const component = graph?.componentOf.get(file);
    if (!component || (component.length === 1 && !(graph.edges.get(file) ?? []).includes(file))) return {};
    const members = new Set(component);
    return importVisitors((node, source) => {
      const target = graph.resolve(source.value, file);
      if (!target || !members.has(target)) return;
      const chain = [file, ...chainBack(graph.edges, target, file, members)].map((member) => path.relative(graph.root, member));
      context.report({ node, messageId: 'cycle', data: { chain: chain.join(' -> ') } });
    });
  },
};
