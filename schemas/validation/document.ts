import type { DocumentRule } from '@sanity/types';
import { normalizedTextValidator } from './nfc.ts';
import { fresh } from './rules.ts';

/** Validation every document type gets: all text NFC, no look-alike Đ. */
export function documentRules(rule: DocumentRule, ...extra: DocumentRule[]): DocumentRule[] {
  return [rule, fresh(rule).custom(normalizedTextValidator), ...extra];
}
