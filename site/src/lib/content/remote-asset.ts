/**
 * Reads an asset's bytes from Sanity's CDN (or `SANITY_API_HOST`) for the build (booklet images),
 * bounded in size and time: one huge or stalled asset must not exhaust the build's memory or hang it.
 */

/** Larger than any image an editor can usefully upload (the site's pixel limit is 50 megapixels). */
export const MAX_REMOTE_ASSET_BYTES = 40 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

/** The asset is larger than allowed; `message` is one Vietnamese sentence. */
export class RemoteAssetTooLarge extends Error {}

export interface FetchAssetOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

export async function fetchAssetBytes(url: string, options: FetchAssetOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_REMOTE_ASSET_BYTES;
  const tooLarge = () => new RemoteAssetTooLarge(`tệp lớn hơn giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB nên không được tải.`);
  const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS) });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  // The declared length refuses early; the count below holds for servers that omit or misstate it.
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const next = reader ? await reader.read() : { done: true as const, value: undefined };
    if (next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}
