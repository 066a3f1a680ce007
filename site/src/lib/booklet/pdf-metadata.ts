// The PDF's document information, set after Chromium prints it: Chromium writes the HTML <title>
// and "HeadlessChrome" as the creator, and nothing names the publisher. pdf-lib rewrites the Info
// dictionary (Title, Author, Creator, Subject, Keywords, dates) and the catalog's /Lang; the
// page content, outline and tag structure are carried over as they are. Producer stays Chromium's
// (it did produce the file).
import { PDFDocument } from 'pdf-lib';
import type { BookletModel } from './model.ts';

export async function withPdfMetadata(pdf: Uint8Array, model: BookletModel): Promise<Buffer> {
  // updateMetadata: false keeps pdf-lib from stamping its own Producer/Creator and today's dates.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const producer = doc.getProducer();
  doc.setTitle(model.title, { showInWindowTitleBar: true });
  doc.setAuthor(model.publisher);
  doc.setCreator(model.publisher);
  if (producer) doc.setProducer(producer);
  doc.setSubject(`Ấn phẩm điện tử${model.year ? ` năm ${model.year}` : ''} của ${model.publisher}`);
  doc.setKeywords(model.chapters.map((chapter) => chapter.title));
  doc.setLanguage('vi');
  // Dates from the content, not the clock: the same booklet prints to the same metadata.
  doc.setCreationDate(new Date(`${model.date}T00:00:00+07:00`));
  doc.setModificationDate(new Date(model.modified));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
