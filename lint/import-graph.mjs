/**
 * The project's import graph, built once per lint process for the rules in this folder: the files
 * of tsconfig.json, every import resolved as tsc resolves it (paths, bundler resolution), and the
 * strongly connected components. An editor sees the graph as it is on disk, so a change in an
 * unsaved buffer shows after saving and restarting ESLint.
 */
import path from 'node:path';
import ts from 'typescript';

function loadGraph(configPath) {
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
  const files = parsed.fileNames
    .map((file) => path.normalize(file))
    .filter((file) => !file.endsWith('.d.ts') && !file.split(path.sep).some((part) => part === 'node_modules' || part === '.next'));
  const known = new Set(files);
  const cache = ts.createModuleResolutionCache(path.dirname(configPath), (name) => name, parsed.options);

  /** The project file a specifier names, or undefined for packages and unresolved names. */
  function resolve(specifier, fromFile) {
    const resolved = ts.resolveModuleName(specifier, fromFile, parsed.options, ts.sys, cache).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) return undefined;
    const file = path.normalize(resolved.resolvedFileName);
    return known.has(file) ? file : undefined;
  }

  /** @type {Map<string, string[]>} */
  const edges = new Map();
  for (const file of files) {
    // preProcessFile sees every import form, `import type` and `export ... from` included.
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
    const targets = new Set(importedFiles.map((imported) => resolve(imported.fileName, file)).filter(Boolean));
    edges.set(file, [...targets]);
  }
  return { resolve, edges, componentOf: stronglyConnectedComponents(edges) };
}

/** Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack. */
function stronglyConnectedComponents(edges) {
  /** @type {Map<string, string[]>} file -> the files of its component */
  const componentOf = new Map();
  const index = new Map();
  const lowLink = new Map();
  const stack = [];
  const onStack = new Set();
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work = [{ file: root, next: 0 }];
    index.set(root, counter);
    lowLink.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.file) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ file: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.file, Math.min(lowLink.get(frame.file), index.get(target)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.file, Math.min(lowLink.get(parent.file), lowLink.get(frame.file)));
      if (lowLink.get(frame.file) !== index.get(frame.file)) continue;
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.file);
      for (const file of component) componentOf.set(file, component);
    }
  }
  return componentOf;
}

/** The shortest import chain from `from` back to `to`, inside their component. */
export function chainBack(edges, from, to, members) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === to) break;
    for (const target of edges.get(file) ?? []) {
      if (!members.has(target) || previous.has(target)) continue;
      previous.set(target, file);
      queue.push(target);
    }
  }
  const chain = [];
  for (let file = to; file !== null && file !== undefined; file = previous.get(file)) chain.unshift(file);
  return chain;
}

/** @type {Map<string, ReturnType<typeof loadGraph>>} keyed by the tsconfig.json path. */
const graphs = new Map();

/** The graph of the project `file` belongs to (its nearest tsconfig.json), or null outside any. */
export function graphFor(file) {
  const configPath = ts.findConfigFile(path.dirname(file), ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) return null;
  if (!graphs.has(configPath)) graphs.set(configPath, { root: path.dirname(configPath), ...loadGraph(configPath) });
  return graphs.get(configPath);
}

/** Calls `check(node, specifierNode)` for every import form: static, type-only, re-export, dynamic, `import('x')` types. */
export function importVisitors(check) {
  return {
    ImportDeclaration: (node) => check(node, node.source),
    ExportNamedDeclaration: (node) => node.source && check(node, node.source),
    ExportAllDeclaration: (node) => check(node, node.source),
    ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source),
    TSImportType: (node) => {
      const literal = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
      if (literal?.type === 'Literal') check(node, literal);
    },
  };
}
