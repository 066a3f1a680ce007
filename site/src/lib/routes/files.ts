// Audio and other file assets. Sanity serves them from its CDN (`asset->url`); for a local export
// the content integration copies each referenced file to `/tep/<sha1>.<ext>` after the build.
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';

const FILE_REF = /^file-([a-f0-9]+)-([a-z0-9]+)$/i;

export const LOCAL_FILES_DIR = 'tep';

/** Public path of a local file asset, or null for anything that is not a file asset id. */
export function localFileHref(ref: unknown): string | null {
  if (typeof ref !== 'string') return null;
  const m = FILE_REF.exec(ref);
  return m ? `/${LOCAL_FILES_DIR}/${m[1]}.${m[2]!.toLowerCase()}` : null;
}

/** Every `fileRef` inside a value (as projected by queries.ts). */
export function collectFileRefs(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectFileRefs(item, out);
  else if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'fileRef' && typeof inner === 'string' && FILE_REF.test(inner)) out.add(inner);
      else collectFileRefs(inner, out);
    }
  }
  return out;
}
