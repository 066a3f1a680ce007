import { describe, expect, it } from 'vitest';
import { checkPageCount } from '../../server/src/build-job.ts';
import type { BuildReport } from '../../server/src/build-report.ts';

function report(total: number, routedDocuments: number, expectedPages?: number): BuildReport {
  return { version: 1, builtAt: '2026-12-02T00:00:00.000Z', pages: { total, rendered: total, reused: 0 }, expectedPages, routedDocuments, nextBoundary: null, problems: { errors: 0, warnings: 0 }, search: 'built' };
}

describe('page-count check', () => {
  const live = report(1000, 400, 1000);

  it('accepts growth, no live release, and a drop of at most 5 %', () => {
    expect(checkPageCount(report(1200, 480, 1200), live, 0.05)).toBeNull();
    expect(checkPageCount(report(10, 4, 10), null, 0.05)).toBeNull();
    expect(checkPageCount(report(950, 400, 950), live, 0.05)).toBeNull();
  });

  it('refuses a larger drop the content does not explain, naming both counts', () => {
    const problem = checkPageCount(report(949, 400, 949), live, 0.05);
    expect(problem).toContain('949');
    expect(problem).toContain('1000');
    // Fewer documents, but the build lost pages it should have made: still refused.
    expect(checkPageCount(report(600, 250, 700), live, 0.05)).not.toBeNull();
  });

  it('accepts a larger drop when the documents with pages fell too and every expected page exists', () => {
    expect(checkPageCount(report(600, 250, 600), live, 0.05)).toBeNull();
    expect(checkPageCount(report(600, 250), live, 0.05)).toBeNull();
  });
});
