// Asset bytes fetched by the build (booklet images) from Sanity's CDN or SANITY_API_HOST: bounded in
// size, whatever the server declares. Served by the loopback stand-in.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAssetBytes, RemoteAssetTooLarge } from '../../site/src/lib/content/remote-asset.ts';
import { startSanityStandIn, type SanityStandIn } from '../helpers/sanity-stand-in.ts';

const SMALL = `image-${'1'.repeat(40)}-2x2-png`;
const LARGE = `image-${'2'.repeat(40)}-2x2-png`;

describe('fetchAssetBytes', () => {
  let standIn: SanityStandIn;
  beforeAll(async () => {
    standIn = await startSanityStandIn();
    standIn.setAsset(SMALL, { bytes: Buffer.alloc(1000, 7) });
    standIn.setAsset(LARGE, { bytes: Buffer.alloc(5000, 9) });
  });
  afterAll(() => standIn.close());

  it('returns the served bytes when they fit', async () => {
    expect(await fetchAssetBytes(standIn.assetUrl(SMALL), { maxBytes: 4096 })).toEqual(Buffer.alloc(1000, 7));
  });

  it('refuses an asset larger than the limit with a Vietnamese sentence', async () => {
    const error = await fetchAssetBytes(standIn.assetUrl(LARGE), { maxBytes: 4096 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteAssetTooLarge);
    expect((error as Error).message).toMatch(/^tệp lớn hơn giới hạn .* nên không được tải\.$/);
  });

  it('counts the bytes when the server declares no length (chunked)', async () => {
    // A server that streams without Content-Length: the limit must hold anyway.
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      for (let i = 0; i < 10; i += 1) res.write(Buffer.alloc(1000, i));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x.png`;
      await expect(fetchAssetBytes(url, { maxBytes: 4096 })).rejects.toBeInstanceOf(RemoteAssetTooLarge);
      expect((await fetchAssetBytes(url, { maxBytes: 20_000 })).length).toBe(10_000);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reports the HTTP status of a failed request', async () => {
    await expect(fetchAssetBytes(standIn.assetUrl(`image-${'3'.repeat(40)}-2x2-png`))).rejects.toThrow('HTTP 404');
    standIn.failNext(1, 500);
    await expect(fetchAssetBytes(standIn.assetUrl(SMALL))).rejects.toThrow('HTTP 500');
  });
});
