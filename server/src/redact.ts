/**
 * Removes secret values from anything about to leave the process (logs, status JSON, HTTP answers).
 * Messages are built without secrets in the first place; this is the second line of defence for text
 * that comes from elsewhere (a build's error output, an exception message).
 */
const MASK = '[đã ẩn]';

/** Secrets shorter than this are not scrubbed (they would mangle ordinary text); config refuses them. */
const MIN_SCRUBBED = 8;

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SCRUBBED) out = out.split(secret).join(MASK);
  }
  // Credentials in URLs and bearer headers, whatever their value.
  return out
    .replace(/(authorization:\s*bearer\s+)\S+/gi, `$1${MASK}`)
    .replace(/([?&](?:token|secret|sig|signature)=)[^&\s"']+/gi, `$1${MASK}`);
}

/** Deep copy of a JSON-like value with every string scrubbed. */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item, secrets)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, secrets);
    return out as T;
  }
  return value;
}
