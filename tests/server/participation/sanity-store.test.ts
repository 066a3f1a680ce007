// The Sanity participation store against the loopback Content Lake stand-in, as a PRIVATE dataset:
// the shared store contract, plus what only this store has — retries on 429/5xx (bounded), the write
// token never in an error or log line, and a private dataset that shows nothing without the token.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/src/log.ts';
import { createSanityStore, SanityStoreError } from '../../../server/src/participation/sanity-store.ts';
import type { ParticipationStore } from '../../../server/src/participation/store.ts';
import { startSanityStandIn, type SanityStandIn } from '../../helpers/sanity-stand-in.ts';
import { describeStoreContract } from './store-contract.ts';

// Shaped like a real Sanity token so a leak would be recognisable.
const TOKEN = 'skParticipationWriteTokenMustNeverLeak0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const DATASET = 'tham-gia';

function storeOn(standIn: SanityStandIn, extra: { retries?: number; token?: string } = {}): ParticipationStore {
  return createSanityStore({
    projectId: standIn.projectId,
    dataset: standIn.dataset,
    token: extra.token ?? TOKEN,
    apiHost: standIn.url,
    retryBaseMs: 1,
    ...(extra.retries === undefined ? {} : { retries: extra.retries }),
  });
}

describeStoreContract('Sanity (private dataset on the stand-in)', async () => {
  const standIn = await startSanityStandIn({ token: TOKEN, dataset: DATASET, aclMode: 'private' });
  return { store: storeOn(standIn), dispose: () => standIn.close() };
});

describe('Sanity participation store', () => {
  let standIn: SanityStandIn;
  let store: ParticipationStore;

  beforeAll(async () => {
    standIn = await startSanityStandIn({ token: TOKEN, dataset: DATASET, aclMode: 'private' });
    store = storeOn(standIn);
  });

  afterAll(async () => {
    await standIn?.close();
  });

  it('talks to the configured host only, with the token, in the raw perspective, without the CDN', async () => {
    standIn.requests.length = 0;
    await store.createIfNotExists({ _id: 'contestEntry.duong-dan', _type: 'contestEntry', status: 'da-nhan' });
    await store.query('*[_type == "contestEntry"]._id');
    expect(standIn.requests.length).toBeGreaterThanOrEqual(3);
    for (const request of standIn.requests) {
      expect(request.hadToken, request.path).toBe(true);
      expect(request.status, request.path).toBe(200);
    }
    const queries = standIn.requests.filter((request) => request.kind === 'query');
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((request) => request.perspective === 'raw')).toBe(true);
    expect(standIn.requests.every((request) => request.path.includes(`/${DATASET}`))).toBe(true);
  });

  it('a private dataset shows nothing to a request without the token, even documents on the root path', async () => {
    await store.createOrReplace({ _id: 'contestEntry.rieng', _type: 'contestEntry', contact: { email: 'rieng@example.invalid' } });
    await store.createOrReplace({ _id: 'goc-khong-dau-cham', _type: 'judge', name: 'Giám khảo A' });
    const url = `${standIn.url}/v2025-02-19/data/query/${DATASET}?query=${encodeURIComponent('*[]{_id, contact, name}')}&perspective=published`;
    const anonymous = (await (await fetch(url)).json()) as { result: unknown[] };
    expect(anonymous.result).toEqual([]);
    const withToken = (await (await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { result: { _id: string }[] };
    expect(withToken.result.map((doc) => doc._id)).toEqual(expect.arrayContaining(['contestEntry.rieng', 'goc-khong-dau-cham']));
    // Without a token nothing can be written or uploaded either.
    const mutate = await fetch(`${standIn.url}/v2025-02-19/data/mutate/${DATASET}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ delete: { id: 'contestEntry.rieng' } }] }),
    });
    expect(mutate.status).toBe(401);
    const upload = await fetch(`${standIn.url}/v2025-02-19/assets/files/${DATASET}?filename=x.pdf`, { method: 'POST', body: 'x' });
    expect(upload.status).toBe(401);
    expect(await store.get('contestEntry.rieng')).not.toBeNull();
  });

  it('retries a 429 and 5xx answers, mutations and uploads included, then succeeds', async () => {
    standIn.requests.length = 0;
    standIn.failNext(2, 429);
    const created = await store.createIfNotExists({ _id: 'contestEntry.thu-lai', _type: 'contestEntry', status: 'da-nhan' });
    expect(created.created).toBe(true);
    expect(standIn.requests.slice(0, 3).map((request) => [request.kind, request.status])).toEqual([
      ['mutate', 429],
      ['mutate', 429],
      ['mutate', 200],
    ]);

    standIn.failNext(1, 503);
    const asset = await store.uploadFile(new Uint8Array([1, 2, 3, 4]), { filename: 'a.pdf', mimeType: 'application/pdf' });
    expect(asset.size).toBe(4);
    standIn.failNext(1, 502);
    expect(await store.patch('contestEntry.thu-lai', { set: { status: 'hop-le' } })).toMatchObject({ status: 'hop-le' });
  });

  it('gives up after a bounded number of attempts with one Vietnamese sentence naming the document', async () => {
    const bounded = storeOn(standIn, { retries: 2 });
    standIn.requests.length = 0;
    standIn.failAll(500);
    try {
      const failure = await bounded.get('contestEntry.khong-toi').then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(SanityStoreError);
      expect((failure as Error).message).toContain('contestEntry.khong-toi');
      expect((failure as Error).message).toContain('sau 3 lần thử');
      expect((failure as Error).message).toMatch(/^Kho dữ liệu riêng tư/);
      expect(standIn.requests).toHaveLength(3);
    } finally {
      standIn.failAll(null);
    }
  });

  it('never puts the write token in an error message, an inspected error or a log line', async () => {
    const errors: unknown[] = [];
    standIn.failAll(500);
    try {
      for (const attempt of [
        () => storeOn(standIn, { retries: 0 }).get('contestEntry.x'),
        () => storeOn(standIn, { retries: 0 }).createOrReplace({ _id: 'contestEntry.x', _type: 'contestEntry' }),
        () => storeOn(standIn, { retries: 0 }).uploadFile(new Uint8Array([9]), { filename: 'x.pdf', mimeType: 'application/pdf' }),
      ]) {
        errors.push(await attempt().then(() => undefined, (error: unknown) => error));
      }
    } finally {
      standIn.failAll(null);
    }
    // A wrong token: refused (401), with no retry and no echo of either token.
    const wrongToken = 'skWrongTokenAlsoMustNeverAppear99887766554433221100aabbccddeeff';
    errors.push(await storeOn(standIn, { token: wrongToken }).query('*[0]').then(() => undefined, (error: unknown) => error));
    // A conflict and a missing document.
    const { document } = await store.createIfNotExists({ _id: 'contestEntry.xung-dot', _type: 'contestEntry', status: 'da-nhan' });
    await store.patch('contestEntry.xung-dot', { set: { status: 'hop-le' } });
    errors.push(await store.patch('contestEntry.xung-dot', { set: { status: 'da-nhan' }, ifRevisionId: document._rev! }).catch((error: unknown) => error));
    errors.push(await store.patch('contestEntry.khong-co', { set: { status: 'hop-le' } }).catch((error: unknown) => error));

    expect(errors).toHaveLength(6);
    const lines: string[] = [];
    const logger = createLogger([TOKEN, wrongToken], (line) => lines.push(line));
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const text = [(error as Error).message, String((error as Error).stack), inspect(error, { depth: 8, showHidden: true }), JSON.stringify(error)].join('\n');
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(wrongToken);
      expect((error as Error).message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụóòỏõọéèẻẽẹýỳỷỹỵ]/u);
      // What a caller logs as is (without the logger's scrubbing) is clean too.
      lines.push(`${(error as Error).message}\n`);
      logger.error((error as Error).message);
    }
    expect(lines.join('')).not.toContain(TOKEN);
    expect(errors[3]).toBeInstanceOf(SanityStoreError);
    expect((errors[3] as SanityStoreError).status).toBe(401);
    expect((errors[5] as Error).message).toContain('contestEntry.khong-co');
  });

  it('readFile refuses an asset whose URL points to another host (the token is never sent there)', async () => {
    const elsewhere = 'https://example.invalid/files/x/y/' + 'a'.repeat(40) + '.pdf';
    standIn.mutate([{ createOrReplace: { _id: `file-${'a'.repeat(40)}-pdf`, _type: 'sanity.fileAsset', url: elsewhere } }]);
    await expect(store.readFile(`file-${'a'.repeat(40)}-pdf`)).rejects.toThrow(/máy chủ lạ/);
  });

  it('refuses to start without a token', () => {
    expect(() => createSanityStore({ projectId: 'p', dataset: DATASET, token: '' })).toThrow(/SANITY_WRITE_TOKEN/);
  });
});
