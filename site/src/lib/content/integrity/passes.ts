/**
 * The repair passes run over every published document before validation, in order. Other repairs
 * (Portable Text structure, dates, images) are added here, one line each.
 */
import type { Problem } from './check.ts';
import type { RepairPass } from './repair-pass.ts';
import { STRUCTURE_PASSES } from './repair-structure.ts';
import { repairText } from './repair-text.ts';

// Text first: later passes then see clean, NFC strings. Then Portable Text structure, dates and
// self-referencing chapters (repair-structure.ts). Images need the files, so their pass is made per
// build from what the image inspection found (repair-images.ts) and appended by the caller.
export const REPAIR_PASSES: readonly RepairPass[] = [repairText, ...STRUCTURE_PASSES];

/** Problem code of every repair, so strict mode (`--strict=repairs`) and the report can count them. */
export const REPAIR_CODE = 'repair';

/**
 * Runs `passes` over each document; every note becomes a warning naming the document and field.
 * Documents that are not records or lack a string `_id` are passed through untouched (the check
 * leaves them out).
 */
export function repairDocuments(
  documents: readonly Record<string, unknown>[],
  passes: readonly RepairPass[] = REPAIR_PASSES,
): { documents: Record<string, unknown>[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const repaired = documents.map((original) => {
    const documentId = typeof original._id === 'string' ? original._id : '(không có _id)';
    const documentType = typeof original._type === 'string' ? original._type : '(không có _type)';
    return passes.reduce(
      (doc, pass) =>
        pass(doc, (path, message) => problems.push({ documentId, documentType, path, level: 'warning', message, code: REPAIR_CODE })),
      original,
    );
  });
  return { documents: repaired, problems };
}
