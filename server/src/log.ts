/** One-line, time-stamped log messages (Vietnamese), scrubbed of secrets before they are written. */
import { redactText } from './redact.ts';

export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export function createLogger(secrets: readonly string[], write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const emit = (level: string, message: string) => write(`${new Date().toISOString()} ${level} ${redactText(message, secrets)}\n`);
  return { info: (message) => emit('INFO', message), error: (message) => emit('LỖI', message) };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
