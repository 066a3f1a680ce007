// The booklet engine's errors: input problems whose message is one Vietnamese sentence meant for
// the reader as-is (the CLI prints it without a stack; the build integration wraps it).
import { ContentInputError } from '../content/errors.ts';

export class BookletError extends ContentInputError {
  constructor(message: string) {
    super(message);
    this.name = 'BookletError';
  }
}

/** A problem that does not stop the booklet (left-out chapter, unreadable image, …). */
export interface BookletWarning {
  code: 'chapter-missing' | 'chapter-empty' | 'image-unreadable' | 'image-missing' | 'unknown-block' | 'no-chapters';
  publicationId: string;
  /** The story (or other document) concerned, when there is one. */
  documentId?: string;
  message: string;
}
