/**
 * What an uploaded file really is, from its bytes (file-type), never from its name or the browser's
 * claim. A .docx is accepted only if it is a zip that holds `word/document.xml` (file-type alone
 * calls any zip with a `word/` folder docx). Duration is not checked: reading it means parsing the
 * MP4/WebM/Ogg containers' headers in full, which file-type does not do; editors see `maxMinutes`
 * in the desk and mark over-long entries invalid.
 */
import { fileTypeFromFile } from 'file-type';
import yauzl from 'yauzl';
import type { EntryFileKind } from '../../../../schemas/participation/vocabulary.ts';

const KIND_BY_EXTENSION: Readonly<Record<string, EntryFileKind>> = {
  pdf: 'pdf',
  docx: 'docx',
  mp3: 'audio',
  m4a: 'audio',
  wav: 'audio',
  ogg: 'audio',
  opus: 'audio',
  mp4: 'video',
  webm: 'video',
};

export interface DetectedFile {
  kind: EntryFileKind;
  mimeType: string;
  /** The extension the bytes say, used for the stored name. */
  ext: string;
}

function zipHasEntry(path: string, entryName: string): Promise<boolean> {
  return new Promise((resolve) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return resolve(false);
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName === entryName) {
          found = true;
          zip.close();
          resolve(true);
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(found));
      zip.on('error', () => resolve(false));
      zip.readEntry();
    });
  });
}

export async function detectFile(path: string): Promise<DetectedFile | null> {
  const type = await fileTypeFromFile(path).catch(() => undefined);
  if (!type) return null;
  const kind = KIND_BY_EXTENSION[type.ext];
  if (!kind) return null;
  if (kind === 'docx' && !(await zipHasEntry(path, 'word/document.xml'))) return null;
  return { kind, mimeType: type.mime, ext: type.ext };
}
