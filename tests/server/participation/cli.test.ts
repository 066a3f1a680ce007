import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../server/src/config.ts';
import { createSqliteStore } from '../../../server/src/participation/sqlite-store.ts';

const CODE = 'GS-ABCD-EFGH-JKMN';

function cli(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'server', 'src', 'cli.ts'), 'participation', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, SANITY_WEBHOOK_SECRET: 'cli-test-secret-0123456789', PARTICIPATION_DIR: dataDir, INIT_CWD: dataDir, SERVER_PORT: '9' },
  });
}

describe('pnpm server participation', () => {
  it('erases one submission by receipt code (document, file, scores), then exports what is left', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gs-cli-'));
    const store = createSqliteStore({ dir: dataDir });
    const asset = await store.uploadFile(new TextEncoder().encode('%PDF-1.4 riêng'), { filename: 'a.pdf', mimeType: 'application/pdf' });
    const kept = await store.uploadFile(new TextEncoder().encode('%PDF-1.4 giữ lại'), { filename: 'b.pdf', mimeType: 'application/pdf' });
    const file = (ref: string) => ({ _type: 'file', asset: { _type: 'reference', _ref: ref }, kind: 'pdf' });
    await store.createIfNotExists({ _id: 'contestEntry.xoa', _type: 'contestEntry', contest: { _type: 'reference', _ref: 'contest.x' }, file: file(asset._ref), receiptHash: createHash('sha256').update(CODE).digest('hex') });
    await store.createIfNotExists({ _id: 'contestEntry.giu', _type: 'contestEntry', contest: { _type: 'reference', _ref: 'contest.x' }, file: file(kept._ref), receiptHash: 'khac' });
    await store.createIfNotExists({ _id: 'judgeScore.j.xoa', _type: 'judgeScore', entry: { _type: 'reference', _ref: 'contestEntry.xoa' } });
    await store.close();
    // The public records the desk published earlier (local mode: the overlay the build merges).
    mkdirSync(join(dataDir, 'public'), { recursive: true });
    const overlay = join(dataDir, 'public', 'overlay.ndjson');
    writeFileSync(overlay, ['contestEntry.giu', 'contestEntry.xoa'].map((id) => JSON.stringify({ _id: id, _type: 'contestEntry', title: id })).join('\n') + '\n');

    const unknown = cli(dataDir, 'erase', 'GS-0000-0000-0000');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Không tìm thấy bài dự thi hay đề cử nào/);

    const erased = cli(dataDir, 'erase', CODE.toLowerCase());
    expect(erased.stderr).toBe('');
    expect(erased.status).toBe(0);
    expect(erased.stdout).toContain('Đã xóa contestEntry.xoa cùng 1 tệp và 1 phiếu chấm, và gỡ bản công khai của nó');
    // No server listens in this test: the CLI says the next build drops the record.
    expect(erased.stdout).toContain('trang sẽ gỡ bài này ở lần dựng kế tiếp');
    const publicIds = readFileSync(overlay, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { _id: string })._id);
    expect(publicIds).toEqual(['contestEntry.giu']);

    const out = join(dataDir, 'xuat');
    const exported = cli(dataDir, 'export', '--out', 'xuat');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('Đã xuất 1 tài liệu và 1 tệp');
    const lines = readFileSync(join(out, 'data.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { _id: string; file: { _sanityAsset: string } });
    expect(lines.map((doc) => doc._id)).toEqual(['contestEntry.giu']);
    expect(readFileSync(join(out, lines[0]?.file._sanityAsset.slice('file@file://'.length) ?? ''), 'utf8')).toBe('%PDF-1.4 giữ lại');

    const reopened = createSqliteStore({ dir: dataDir });
    expect(await reopened.readFile(asset._ref)).toBeNull();
    expect(await reopened.get('judgeScore.j.xoa')).toBeNull();
    await reopened.close();
  });
});
