import type { SchemaType } from '@sanity/types';
import { isRecord } from '../util/is-record.ts';
import type { ReferenceIssue } from './references.ts';

/**
 * Shape checks that document validation does not do (or, in the Studio environment, skips):
 * fields the type does not declare (typos like `sumary`), and array items or objects whose `_type`
 * the schema does not know. Walks value and schema type together.
 */
export function findStructureIssues(document: Record<string, unknown>, documentType: SchemaType): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  visit(document, documentType, '', issues);
  return issues;
}

type AnyType = SchemaType & { fields?: { name: string; type: SchemaType }[]; of?: SchemaType[] };

/** Same matching rules as @sanity/validation's `resolveTypeForArrayItem`. */
function resolveArrayItemType(item: unknown, candidates: SchemaType[]): SchemaType | undefined {
  if (candidates.length === 1 && !(isRecord(item) && typeof item['_type'] === 'string')) return candidates[0];
  if (isRecord(item)) {
    const itemType = item['_type'];
    if (typeof itemType !== 'string') return candidates.find((c) => c.jsonType === 'object');
    return candidates.find((c) => c.name === itemType || c.type?.name === itemType);
  }
  const primitive = Array.isArray(item) ? 'array' : typeof item;
  return candidates.find((c) => c.jsonType === primitive);
}

function visit(value: unknown, type: AnyType, path: string, issues: ReferenceIssue[]): void {
  if (type.jsonType === 'object' && isRecord(value)) {
    const fields = type.fields ?? [];
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('_')) continue;
      const field = fields.find((f) => f.name === key);
      const fieldPath = path === '' ? key : `${path}.${key}`;
      if (!field) {
        issues.push({ path: fieldPath, level: 'warning', code: 'custom.unknown-field', message: `Trường "${key}" không có trong kiểu "${type.name}" (gõ nhầm tên trường, hoặc trường đã bỏ khỏi mô hình).` });
        continue;
      }
      visit(item, field.type as AnyType, fieldPath, issues);
    }
    return;
  }
  if (type.jsonType === 'array' && Array.isArray(value)) {
    const candidates = type.of ?? [];
    value.forEach((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      const itemType = resolveArrayItemType(item, candidates);
      if (!itemType) {
        const declared = isRecord(item) && typeof item['_type'] === 'string' ? `"${item['_type']}"` : 'không khai báo _type';
        issues.push({ path: itemPath, level: 'error', code: 'custom.unknown-type', message: `Phần tử có kiểu ${declared}, không thuộc các kiểu cho phép ở đây: ${candidates.map((c) => c.name).join(', ')}.` });
        return;
      }
      visit(item, itemType as AnyType, itemPath, issues);
    });
  }
}
