import { evaluate, parse } from 'groq-js';
import { isDraftId, isVersionId } from './ids.ts';

/**
 * A stand-in for the Sanity client that answers GROQ from documents held in memory, so custom
 * validators that call `context.getClient()` (slug uniqueness, publication chapters) work offline,
 * in tests and in the site build. Only what validators use is implemented: `fetch`, `withConfig`,
 * `config`. `perspective: 'published'` hides drafts and release versions; anything else is raw.
 *
 * Speed: groq-js scans the whole dataset for `*[…]`. With 10.000 documents and one slug check per
 * document that is 10^8 filter evaluations, so queries are narrowed first: when the only `*` sits in
 * a filter whose top-level `&&` contains `attr == $param` (or `attr in $array`), only the documents
 * whose indexed value matches are passed to groq-js. That is exact: a document outside the bucket
 * fails that conjunct. Queries with `->` (which read the whole dataset) are never narrowed.
 */

type Doc = Record<string, unknown> & { _id: string };
type Node = { type: string; [key: string]: unknown };

export interface MemoryClientConfig {
  apiVersion?: string;
  perspective?: string | string[];
}

interface IndexedDataset {
  docs: Doc[];
  position: Map<Doc, number>;
  indexes: Map<string, Map<string, Doc[]>>;
}

const parsedQueries = new Map<string, Node>();

function parseCached(query: string): Node {
  let tree = parsedQueries.get(query);
  if (!tree) {
    tree = parse(query) as unknown as Node;
    parsedQueries.set(query, tree);
  }
  return tree;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The single filter over `*`, if the query has exactly one `*` and no dereference. */
function findNarrowableFilter(root: Node): Node | undefined {
  let everything = 0;
  let deref = false;
  let filter: Node | undefined;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'Everything') everything += 1;
    if (node.type === 'Deref') deref = true;
    if (node.type === 'Filter' && isNode(node['base']) && node['base'].type === 'Everything') filter = node;
    stack.push(...children(node));
  }
  return everything === 1 && !deref ? filter : undefined;
}

function conjuncts(expr: Node): Node[] {
  if (expr.type === 'And' && isNode(expr['left']) && isNode(expr['right'])) {
    return [...conjuncts(expr['left']), ...conjuncts(expr['right'])];
  }
  if (expr.type === 'Group' && isNode(expr['base'])) return conjuncts(expr['base']);
  return [expr];
}

/** `slug.current` → ['slug', 'current']; undefined for anything but a plain attribute chain. */
function attributePath(node: Node): string[] | undefined {
  if (node.type !== 'AccessAttribute' || typeof node['name'] !== 'string') return undefined;
  const base = node['base'];
  if (base === undefined || (isNode(base) && base.type === 'This')) return [node['name']];
  if (!isNode(base)) return undefined;
  const parent = attributePath(base);
  return parent ? [...parent, node['name']] : undefined;
}

function operandValue(node: Node, params: Record<string, unknown>): { value: unknown } | undefined {
  if (node.type === 'Parameter' && typeof node['name'] === 'string') {
    return node['name'] in params ? { value: params[node['name']] } : undefined;
  }
  if (node.type === 'Value') return { value: node['value'] };
  if (node.type === 'Array' && Array.isArray(node['elements'])) {
    const values: unknown[] = [];
    for (const element of node['elements'] as Node[]) {
      if (element['isSplat'] || !isNode(element['value']) || element['value'].type !== 'Value') return undefined;
      values.push(element['value']['value']);
    }
    return { value: values };
  }
  return undefined;
}

function primitiveKey(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? `${typeof value}:${String(value)}` : undefined;
}

function valueAt(doc: unknown, path: string[]): unknown {
  let current: unknown = doc;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function getIndex(dataset: IndexedDataset, path: string[]): Map<string, Doc[]> {
  const name = path.join('.');
  let index = dataset.indexes.get(name);
  if (!index) {
    index = new Map();
    for (const doc of dataset.docs) {
      const key = primitiveKey(valueAt(doc, path));
      if (key === undefined) continue;
      const bucket = index.get(key);
      if (bucket) bucket.push(doc);
      else index.set(key, [doc]);
    }
    dataset.indexes.set(name, index);
  }
  return index;
}

/** Candidate documents for one conjunct, or undefined when the conjunct cannot use an index. */
function candidatesFor(conjunct: Node, dataset: IndexedDataset, params: Record<string, unknown>): Doc[] | undefined {
  if (conjunct.type !== 'OpCall' || (conjunct['op'] !== '==' && conjunct['op'] !== 'in')) return undefined;
  const left = conjunct['left'];
  const right = conjunct['right'];
  if (!isNode(left) || !isNode(right)) return undefined;
  let path = attributePath(left);
  let operand = operandValue(right, params);
  if (conjunct['op'] === '==' && (!path || !operand)) {
    path = attributePath(right); // `$slug == slug.current`
    operand = operandValue(left, params);
  }
  if (!path || !operand) return undefined;
  const index = getIndex(dataset, path);
  if (conjunct['op'] === '==') {
    const key = primitiveKey(operand.value);
    return key === undefined ? undefined : (index.get(key) ?? []);
  }
  if (!Array.isArray(operand.value)) return undefined;
  const keys = operand.value.map(primitiveKey);
  if (keys.some((key) => key === undefined)) return undefined;
  const union = new Set<Doc>();
  for (const key of new Set(keys as string[])) for (const doc of index.get(key) ?? []) union.add(doc);
  // Keep dataset order: unordered GROQ results come back in document order.
  return [...union].sort((a, b) => (dataset.position.get(a) ?? 0) - (dataset.position.get(b) ?? 0));
}

function narrow(tree: Node, dataset: IndexedDataset, params: Record<string, unknown>): Doc[] {
  const filter = findNarrowableFilter(tree);
  if (!filter || !isNode(filter['expr'])) return dataset.docs;
  let best: Doc[] | undefined;
  for (const conjunct of conjuncts(filter['expr'])) {
    const candidates = candidatesFor(conjunct, dataset, params);
    if (candidates && (!best || candidates.length < best.length)) best = candidates;
  }
  return best ?? dataset.docs;
}

function indexed(docs: Doc[]): IndexedDataset {
  return { docs, position: new Map(docs.map((doc, i) => [doc, i])), indexes: new Map() };
}

export interface MemoryClient {
  fetch<R = unknown>(query: string, params?: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<R>;
  withConfig(config: MemoryClientConfig): MemoryClient;
  config(): MemoryClientConfig;
  getDataUrl(operation: string, path?: string): string;
  observable: { fetch(): never; request(): never };
}

export function createMemoryClient(documents: readonly Record<string, unknown>[]): MemoryClient {
  const raw = indexed(documents.filter((doc): doc is Doc => typeof doc['_id'] === 'string'));
  let published: IndexedDataset | undefined;
  const datasetFor = (perspective: MemoryClientConfig['perspective']): IndexedDataset => {
    if (perspective !== 'published') return raw;
    published ??= indexed(raw.docs.filter((doc) => !isDraftId(doc._id) && !isVersionId(doc._id)));
    return published;
  };
  const unsupported = (): never => {
    throw new Error('Máy khách dữ liệu trong bộ nhớ không hỗ trợ truy vấn dạng observable.');
  };

  const make = (config: MemoryClientConfig): MemoryClient => ({
    async fetch<R>(query: string, params: Record<string, unknown> = {}, options: { signal?: AbortSignal } = {}): Promise<R> {
      options.signal?.throwIfAborted();
      const tree = parseCached(query);
      const dataset = datasetFor(config.perspective);
      const result = await evaluate(tree as never, { dataset: narrow(tree, dataset, params), params });
      return (await result.get()) as R;
    },
    withConfig: (next) => make({ ...config, ...next }),
    config: () => ({ ...config }),
    getDataUrl: (operation, path) => `memory://data/${operation}${path ? `/${path}` : ''}`,
    observable: { fetch: unsupported, request: unsupported },
  });
  return make({ apiVersion: '2025-02-19', perspective: 'raw' });
}
