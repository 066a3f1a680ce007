// A build failure caused by input (content, configuration), not by our code: one Vietnamese
// paragraph, no stack frames. Astro prints a "Stack trace:" section for errors thrown from hooks
// whenever `error.stack` is non-empty, so the stack is emptied.
import { ContentInputError } from '../lib/content/errors.ts';

export class BuildFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildFailure';
    this.stack = '';
  }
}

export const buildFailure = (message: string): BuildFailure => new BuildFailure(message);

/**
 * True for errors whose message is meant for the reader as-is (ours and the content seam's). A plain
 * `instanceof`: the integrations and the seam are loaded once, by Node (astro.config.mjs), so there
 * is one ContentInputError class to compare with.
 */
export function isInputError(error: unknown): error is Error {
  return error instanceof BuildFailure || error instanceof ContentInputError;
}
