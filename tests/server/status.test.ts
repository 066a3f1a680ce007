import { describe, expect, it } from 'vitest';
import type { BuildRecord } from '../../server/src/build-job.ts';
import { renderStatus } from '../../server/src/status.ts';
import { createLogger } from '../../server/src/log.ts';

const WEBHOOK_SECRET = 'status-webhook-secret-0123456789';
const READ_TOKEN = 'skReadTokenABCDEF0123456789';
const secrets = [WEBHOOK_SECRET, READ_TOKEN];

const record: BuildRecord = {
  id: '20261202T010000000Z-abcd',
  reasons: ['webhook: story s1 (update)', 'lịch: nội dung thay đổi theo giờ'],
  result: 'failed',
  startedAt: '2026-12-02T01:00:00.000Z',
  finishedAt: '2026-12-02T01:01:00.000Z',
  durationMs: 60_000,
  buildTime: '2026-12-02T01:00:00.000Z',
  release: null,
  searchRelease: null,
  report: { version: 1, builtAt: '2026-12-02T01:01:00.000Z', pages: { total: 90, rendered: 3, reused: 87 }, expectedPages: 90, routedDocuments: 40, nextBoundary: null, problems: { errors: 0, warnings: 1 }, search: 'deferred' },
  search: 'deferred',
  timings: { buildMs: 60_000, searchMs: null },
  error: `Bản dựng lỗi khi gọi https://x.api.sanity.io/v1/data?token=${READ_TOKEN} với Authorization: Bearer ${READ_TOKEN}`,
};

describe('status', () => {
  it('shows the live release, the last build, the queue and the next scheduled build', () => {
    const status = renderStatus(
      {
        live: { id: 'r1', createdAt: new Date('2026-12-02T00:00:00Z') },
        lastBuild: record,
        building: true,
        buildingReasons: ['webhook: story s2 (update)'],
        queued: true,
        nextScheduledBuild: new Date('2026-12-05T01:00:01Z'),
        lastError: { message: 'Bản dựng 20261202T010000000Z-abcd thất bại (mã thoát 1); xem logs/20261202T010000000Z-abcd.log.', at: new Date('2026-12-02T01:01:00Z') },
        counts: { succeeded: 3, failed: 1 },
      },
      secrets,
    );
    expect(status).toMatchObject({
      live: { id: 'r1', createdAt: '2026-12-02T00:00:00.000Z' },
      lastBuild: { id: record.id, result: 'failed', reason: 'webhook: story s1 (update); lịch: nội dung thay đổi theo giờ', durationMs: 60_000, pages: { total: 90, rendered: 3, reused: 87 } },
      building: true,
      buildingReason: 'webhook: story s2 (update)',
      queued: true,
      nextScheduledBuild: '2026-12-05T01:00:01.000Z',
      builds: { succeeded: 3, failed: 1 },
    });
  });

  it('never contains a secret, even when an error message quoted one', () => {
    const status = renderStatus(
      {
        live: null,
        lastBuild: record,
        building: false,
        buildingReasons: [],
        queued: false,
        nextScheduledBuild: null,
        lastError: { message: `${record.error} (khóa ${WEBHOOK_SECRET})`, at: new Date() },
        counts: { succeeded: 0, failed: 1 },
      },
      secrets,
    );
    const json = JSON.stringify(status);
    expect(json).not.toContain(READ_TOKEN);
    expect(json).not.toContain(WEBHOOK_SECRET);
    // The rest of the message survives, so the error still says what happened.
    expect(status.lastError?.message).toContain('Bản dựng lỗi khi gọi https://x.api.sanity.io/v1/data?token=');
  });

  it('logs carry a time stamp and no secret', () => {
    const lines: string[] = [];
    const logger = createLogger(secrets, (line) => lines.push(line));
    logger.error(`Không đọc được dữ liệu với mã ${READ_TOKEN}.`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z LỖI Không đọc được dữ liệu với mã /);
    expect(lines[0]).not.toContain(READ_TOKEN);
  });
});
