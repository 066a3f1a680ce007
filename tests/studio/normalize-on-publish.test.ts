import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from 'sanity';
import { normalizationPatch } from '../../studio/actions/normalizeOnPublish.ts';
import { loadWorkspace } from './helpers/workspace.ts';

describe('publishing normalises text', () => {
  it('patches only the fields whose text is not NFC or uses a look-alike Đ', () => {
    const draft = {
      _id: 'drafts.story.a',
      _type: 'story',
      title: 'Ðường đến trường'.normalize('NFD'),
      dek: 'Đã chuẩn',
      body: [{ _type: 'block', _key: 'k1', children: [{ _type: 'span', _key: 's1', text: 'Ɖổi mới', marks: [] }] }],
      publishedAt: '2025-11-20T01:00:00Z',
    };
    const set = normalizationPatch(draft);
    expect(Object.keys(set ?? {}).sort()).toEqual(['body', 'title']);
    expect(set?.title).toBe('Đường đến trường');
    expect(JSON.stringify(set?.body)).toContain('"text":"Đổi mới"');
    expect(JSON.stringify(set?.body)).toContain('"_key":"k1"');
  });

  it('leaves a clean draft alone', () => {
    expect(normalizationPatch({ _id: 'drafts.x', _type: 'story', title: 'Đường đến trường' })).toBeNull();
  });
});

describe('the Studio wires it into publish', () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await loadWorkspace();
  }, 60_000);

  it('replaces the publish action of every document type with the normalising one', () => {
    for (const schemaType of ['story', 'exemplar', 'siteSettings']) {
      const publish = workspace.document
        .actions({ schemaType, documentId: 'x', releaseId: undefined, versionType: 'draft' } as never)
        .find((action) => action.action === 'publish');
      expect(publish?.displayName, schemaType).toBe('NormalizeThenPublish');
    }
  });
});
