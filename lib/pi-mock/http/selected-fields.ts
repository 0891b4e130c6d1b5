/**
 * PI's `selectedFields` (contract §9.2): `;`-separated dotted paths from the response root; a
 * path keeps its whole subtree, arrays are transparent (`Items.WebId` applies to each item),
 * unknown paths are ignored, and unselected fields are omitted (not nulled).
 */
export type FieldTree = Map<string, FieldTree | true>;

const parsed = new Map<string, FieldTree>();
/** Distinct selections a server sees are few; dropped whole when full, so memory stays flat. */
const MAX_CACHED = 256;

/**
 * Parses the parameter into a tree keyed by lower-cased field name; null means "everything".
 * Trees are cached by parameter text and must be treated as read-only: a batch of 100 recorded
 * reads parses one selection, not 100, and renderers can key their caches on the tree.
 */
export function parseSelectedFields(param: string | undefined): FieldTree | null {
  if (param === undefined || param.trim() === '') return null;
  const cached = parsed.get(param);
  if (cached !== undefined) return cached;
  const tree = buildTree(param);
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(param, tree);
  return tree;
}

function buildTree(param: string): FieldTree {
  const root: FieldTree = new Map();
  for (const raw of param.split(';')) {
    const parts = raw.trim().split('.').filter(Boolean);
    if (parts.length === 0) continue;
    let node = root;
    for (let i = 0; i < parts.length; i++) {
      const key = parts[i]!.toLowerCase();
      const existing = node.get(key);
      if (existing === true) break; // a parent already keeps the whole subtree
      if (i === parts.length - 1) {
        node.set(key, true);
      } else {
        const child = existing ?? new Map();
        node.set(key, child);
        node = child;
      }
    }
  }
  return root;
}

/** Sub-tree for a field name, `true` when the whole field is kept, undefined when dropped. */
export function selectChild(tree: FieldTree | null, name: string): FieldTree | true | undefined {
  if (tree === null) return true;
  return tree.get(name.toLowerCase());
}

export function projectFields(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null) return value;
  if (Array.isArray(value)) return value.map((v) => projectFields(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const sel = tree.get(key.toLowerCase());
    if (sel === undefined) continue;
    out[key] = sel === true ? child : projectFields(child, sel);
  }
  return out;
}
