import type { Path } from '@sanity/types';
import { isRecord } from '../util/is-record.ts';

/**
 * "body[3].markDefs[0].href": keyed segments are resolved to their index in the document so the
 * path reads the same in an error report, a JSON viewer and `jq`.
 */
export function formatPath(path: Path, document: unknown): string {
  let out = '';
  let current: unknown = document;
  for (const segment of path) {
    if (typeof segment === 'string') {
      out += out === '' ? segment : `.${segment}`;
      current = isRecord(current) ? current[segment] : undefined;
    } else if (typeof segment === 'number') {
      out += `[${segment}]`;
      current = Array.isArray(current) ? current[segment] : undefined;
    } else if (isRecord(segment) && '_key' in segment) {
      const index = Array.isArray(current) ? current.findIndex((item) => isRecord(item) && item['_key'] === segment._key) : -1;
      out += index >= 0 ? `[${index}]` : `[_key=="${segment._key}"]`;
      current = index >= 0 && Array.isArray(current) ? current[index] : undefined;
    } else {
      out += `[${JSON.stringify(segment)}]`;
      current = undefined;
    }
  }
  return out;
}
