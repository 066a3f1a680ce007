import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on Node 24 LTS provisioned from the npm registry', () => {
    expect(process.versions.node.startsWith('24.')).toBe(true);
  });
});
