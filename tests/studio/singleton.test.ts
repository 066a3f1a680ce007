import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from 'sanity';
import { SINGLETON_IDS } from '@guong-sang/schemas';
import { SINGLETON_TYPES, SITE_SETTINGS_ID } from '../../studio/singletons.ts';
import { loadWorkspace } from './helpers/workspace.ts';

let workspace: Workspace;

beforeAll(async () => {
  workspace = await loadWorkspace();
}, 60_000);

function actionsFor(schemaType: string, documentId: string): string[] {
  return workspace.document
    .actions({ schemaType, documentId, releaseId: undefined, versionType: 'draft' } as never)
    .map((action) => action.action ?? action.name ?? '');
}

describe('siteSettings singleton', () => {
  it('matches the singleton id and type declared by the content model', () => {
    expect([...(SINGLETON_IDS as readonly string[])]).toEqual([SITE_SETTINGS_ID]);
    expect([...SINGLETON_TYPES]).toEqual(['siteSettings']);
  });

  it('cannot be deleted, duplicated or unpublished, but can be published', () => {
    const settings = actionsFor('siteSettings', 'site-settings');
    expect(settings).toContain('publish');
    expect(settings).not.toContain('delete');
    expect(settings).not.toContain('duplicate');
    expect(settings).not.toContain('unpublish');

    // Ordinary documents keep the full set.
    const story = actionsFor('story', 'story.duong-den-truong');
    expect(story).toEqual(expect.arrayContaining(['publish', 'delete', 'duplicate', 'unpublish']));
  });

  it('is never offered in "new document" menus', () => {
    const global = workspace.document.resolveNewDocumentOptions({ type: 'global' }).map((entry) => entry.templateId);
    expect(global).not.toContain('siteSettings');
    expect(global).toEqual(expect.arrayContaining(['story', 'exemplar', 'column', 'province', 'honour']));

    const inDocument = workspace.document
      .resolveNewDocumentOptions({ type: 'document', documentId: 'story.a', schemaType: 'story' })
      .map((entry) => entry.templateId);
    expect(inDocument).not.toContain('siteSettings');

    const inStructure = workspace.document
      .resolveNewDocumentOptions({ type: 'structure', schemaType: 'siteSettings' })
      .map((entry) => entry.templateId);
    expect(inStructure).toEqual([]);
  });

  it('leaves parameterised templates to the lists that supply their parameter', () => {
    // Sanity offers a template with parameters only where they are given: the per-column and
    // per-province lists (see structure.test.ts), never the global menu.
    const global = workspace.document.resolveNewDocumentOptions({ type: 'global' }).map((entry) => entry.templateId);
    expect(global).not.toContain('story-in-column');
    expect(global).not.toContain('exemplar-in-province');
  });
});
