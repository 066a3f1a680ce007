// A judge downloads an entry's file under a neutral name, and for Word and PDF files without the
// author metadata the entrant's software wrote into them (docx: docProps/core.xml and app.xml,
// comment and revision authors; PDF: the Info dictionary and the XMP metadata stream). Done with
// pdf-lib, yauzl and yazl, which the repository already uses. Audio and video pass through as stored:
// their tags are not rewritten (reported in the desk's README section).
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { ZipFile as ZipWriter } from 'yazl';
import type { EntryFileKind } from '../../../../schemas/participation/vocabulary.ts';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/ogg': 'ogg',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

export function neutralFileName(code: string, kind: EntryFileKind, mimeType: string): string {
  const ext = kind === 'docx' ? 'docx' : kind === 'pdf' ? 'pdf' : (EXTENSIONS[mimeType] ?? 'bin');
  return `bai-du-thi-${code.toLowerCase()}.${ext}`;
}

export async function stripPdfAuthor(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  // The Info dictionary goes whole (author, creator, producer, title, dates), and the XMP copy too:
  // unlinked AND deleted, because pdf-lib writes every object it holds, referenced or not.
  const info = pdf.context.trailerInfo.Info;
  if (info instanceof PDFRef) pdf.context.delete(info);
  pdf.context.trailerInfo.Info = undefined;
  const metadata = pdf.catalog.get(PDFName.of('Metadata'));
  if (metadata instanceof PDFRef) pdf.context.delete(metadata);
  pdf.catalog.delete(PDFName.of('Metadata'));
  // No object streams: the result stays plain enough to inspect.
  return pdf.save({ updateFieldAppearances: false, useObjectStreams: false });
}

const EMPTY_CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>`;

function cleanDocxPart(name: string, xml: string): string {
  if (name === 'docProps/core.xml') return EMPTY_CORE;
  if (name === 'docProps/app.xml') return xml.replace(/<(Company|Manager)>[\s\S]*?<\/\1>/g, '<$1></$1>');
  // Comment and tracked-change authors, in every part of the document.
  return xml.replace(/\bw:(author|initials)="[^"]*"/g, 'w:$1=""');
}

function readZip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error: Error | null, zip: ZipFile) => {
      if (error) return reject(error);
      const parts = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export async function stripDocxAuthor(bytes: Uint8Array): Promise<Uint8Array> {
  const parts = await readZip(bytes);
  const out = new ZipWriter();
  // A fixed date: the archive's own timestamps say nothing about the entrant either.
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const [name, content] of parts) {
    if (name === 'word/people.xml') {
      // Word's list of the people who edited the document: emptied, not removed (relationships point at it).
      out.addBuffer(Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>'), name, { mtime });
      continue;
    }
    const xml = name.endsWith('.xml') || name.endsWith('.rels');
    out.addBuffer(xml ? Buffer.from(cleanDocxPart(name, content.toString('utf8')), 'utf8') : content, name, { mtime });
  }
  out.end();
  const chunks: Buffer[] = [];
  for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The bytes a judge receives: author metadata removed where the format allows it. */
export async function neutralBytes(kind: EntryFileKind, bytes: Uint8Array): Promise<Uint8Array> {
  if (kind === 'pdf') return stripPdfAuthor(bytes);
  if (kind === 'docx') return stripDocxAuthor(bytes);
  return bytes;
}
