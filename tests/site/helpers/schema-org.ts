// The schema.org vocabulary, offline: read from `schema-dts` (Google's TypeScript rendering of the
// current schema.org release, pinned in site/package.json), parsed with the TypeScript compiler API.
// In it every type X is `interface XLeaf extends <Base> { "@type": "X" }`, every `interface YBase
// extends ZBase, … { "prop"?: … }` holds the properties declared on Y (domainIncludes), and
// enumeration members appear as string literals "https://schema.org/Member".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { siteDir } from './build.ts';

export interface Vocabulary {
  /** Whether `type` is a schema.org type. */
  hasType(type: string): boolean;
  /** Whether `property` may be used on `type` (declared on it or on one of its supertypes). */
  allows(type: string, property: string): boolean;
  /** Whether `type` is `ancestor` or one of its subtypes. */
  isA(type: string, ancestor: string): boolean;
  /** Whether `value` is an enumeration member's URL ("https://schema.org/EventScheduled"). */
  isMember(value: string): boolean;
}

function schemaDtsFile(): string {
  const require = createRequire(join(siteDir, 'package.json'));
  return join(dirname(require.resolve('schema-dts/package.json')), 'dist', 'schema.d.ts');
}

const nameOf = (node: ts.PropertyName): string | null => (ts.isStringLiteral(node) || ts.isIdentifier(node) ? node.text : null);

export function loadVocabulary(): Vocabulary {
  const file = schemaDtsFile();
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  /** Interface name → its own property names and the interfaces it extends. */
  const interfaces = new Map<string, { props: Set<string>; parents: string[] }>();
  /** schema.org type name → the interface holding its properties (its Leaf). */
  const types = new Map<string, string>();
  const members = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const props = new Set<string>();
      let typeName: string | null = null;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member)) continue;
        const name = nameOf(member.name);
        if (!name) continue;
        if (name === '@type' && member.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) typeName = member.type.literal.text;
        else props.add(name);
      }
      const parents = (node.heritageClauses ?? []).flatMap((clause) => clause.types.flatMap((t) => (ts.isIdentifier(t.expression) ? [t.expression.text] : [])));
      interfaces.set(node.name.text, { props, parents });
      if (typeName && node.name.text.endsWith('Leaf')) types.set(typeName, node.name.text);
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) && node.literal.text.startsWith('https://schema.org/')) members.add(node.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const closure = new Map<string, { props: Set<string>; ancestors: Set<string> }>();
  const resolve = (iface: string): { props: Set<string>; ancestors: Set<string> } => {
    const known = closure.get(iface);
    if (known) return known;
    const own = interfaces.get(iface);
    const result = { props: new Set(own?.props ?? []), ancestors: new Set<string>([iface]) };
    closure.set(iface, result);
    for (const parent of own?.parents ?? []) {
      const up = resolve(parent);
      for (const p of up.props) result.props.add(p);
      for (const a of up.ancestors) result.ancestors.add(a);
    }
    return result;
  };
  // "XBase" (or "XLeaf") in a chain means type X.
  const typeOfInterface = (iface: string) => iface.replace(/(Base|Leaf)$/, '');

  return {
    hasType: (type) => types.has(type),
    allows: (type, property) => {
      const leaf = types.get(type);
      if (!leaf) return false;
      const { props } = resolve(leaf);
      if (props.has(property)) return true;
      // Potential Actions' input/output annotations ("query-input") name a property of the action.
      const annotated = /^(.+)-(input|output)$/.exec(property);
      return Boolean(annotated && props.has(annotated[1]!) && resolve(leaf).ancestors.has('ActionBase'));
    },
    isA: (type, ancestor) => {
      const leaf = types.get(type);
      return Boolean(leaf && [...resolve(leaf).ancestors].some((a) => typeOfInterface(a) === ancestor));
    },
    isMember: (value) => members.has(value),
  };
}
