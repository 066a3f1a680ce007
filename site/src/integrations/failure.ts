// A build failure caused by input (content, configuration), not by our code: one Vietnamese
// paragraph, no stack frames. Astro prints a "Stack trace:" section for errors thrown from hooks
// whenever `error.stack` is non-empty, so the stack is emptied.
export class BuildFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildFailure';
    this.stack = '';
  }
}

export const buildFailure = (message: string): BuildFailure => new BuildFailure(message);

/** True for errors whose message is meant for the reader as-is (ours and the content seam's). */
export function isInputError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  if (error instanceof BuildFailure) return true;
  // ContentInputError and its subclasses (checked by prototype chain name to survive module copies).
  for (let p = Object.getPrototypeOf(error); p && p !== Error.prototype; p = Object.getPrototypeOf(p)) {
    if (p.constructor?.name === 'ContentInputError') return true;
  }
  return false;
}
