/**
 * Errors the content seam raises for *bad input* (configuration, dataset files, content integrity).
 *
 * They are the user's problem, not a bug in our code, so the build must print one readable Vietnamese
 * sentence and nothing else. Astro (and Node) print `error.stack` for uncaught errors; we therefore
 * reduce the stack to the message line, so a CLI never shows `at …` frames for these errors.
 */
export class ContentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    // Deliberately drop the frames: see the module comment.
    this.stack = `${this.name}: ${message}`;
  }
}

/** Missing or malformed environment configuration. `variable` names the offending variable. */
export class ContentConfigError extends ContentInputError {
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(message);
    this.variable = variable;
  }
}

/** A dataset folder or tarball that cannot be read (missing file, malformed ndjson line, …). */
export class DatasetError extends ContentInputError {}

/**
 * Strict mode and the content check found error-level problems. `report` carries the full table,
 * so a caller that did not pass a `log` to `prepareContent` can still print it before the message.
 */
export class ContentIntegrityError extends ContentInputError {
  readonly report: string;

  constructor(message: string, report = '') {
    super(message);
    this.report = report;
  }
}

/** The content source (Sanity's API) could not answer. */
export class ContentSourceError extends ContentInputError {}
