import type { StructureBuilder } from 'sanity/structure';

/** A serialised pane or list item, loosely typed: tests read what the Studio would render. */
export type Node = {
  id: string;
  type?: string;
  title?: string;
  items?: Node[];
  child?: unknown;
  schemaType?: string | { name: string };
  options?: { filter?: string; params?: Record<string, unknown>; apiVersion?: string; id?: string; type?: string };
  initialValueTemplates?: { templateId: string; parameters?: Record<string, unknown> }[];
  [key: string]: unknown;
};

function serialize(value: unknown): Node {
  if (value && typeof value === 'object' && 'serialize' in value && typeof value.serialize === 'function') {
    return (value.serialize as (options: { path: string[] }) => Node)({ path: [] });
  }
  return value as Node;
}

/** Resolves a list item's (or list's) child for `id`, the way the desk does when an editor clicks. */
export async function open(node: Node, id = node.id): Promise<Node> {
  const child = node.child;
  if (typeof child === 'function') {
    const resolved: unknown = await (child as (id: string, context: object) => unknown)(id, {
      parent: node,
      index: 0,
      splitIndex: 0,
      path: [],
      params: {},
      structureContext: undefined,
    });
    return serialize(resolved);
  }
  return serialize(child);
}

export function item(list: Node, title: string): Node {
  const found = list.items?.find((entry) => entry.title === title);
  if (!found) throw new Error(`No item "${title}" in "${list.title}": ${list.items?.map((entry) => entry.title).join(', ')}`);
  return found;
}

export function titles(list: Node): string[] {
  return (list.items ?? []).filter((entry) => entry.type !== 'divider').map((entry) => entry.title ?? '');
}

export function topLevel(S: StructureBuilder, structure: (S: StructureBuilder, context: never) => unknown): Node {
  return serialize(structure(S, undefined as never));
}
