import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getConfigContextFromSource, resolveInitialValue, type Template, type Workspace } from 'sanity';
import { loadWorkspace } from './helpers/workspace.ts';

let workspace: Workspace;

beforeAll(async () => {
  // Sanity schedules initial-value work with `window.scheduler.postTask` when the browser has it
  // and runs it directly otherwise; Node has no `window` at all.
  vi.stubGlobal('window', globalThis);
  workspace = await loadWorkspace();
}, 60_000);

afterAll(() => {
  vi.unstubAllGlobals();
});

function template(id: string): Template {
  const found = workspace.templates.find((entry) => entry.id === id);
  if (!found) throw new Error(`No template "${id}": ${workspace.templates.map((entry) => entry.id).join(', ')}`);
  return found;
}

/** The initial value the Studio would give a new document from this template (field defaults included). */
function initialValue(id: string, params?: Record<string, unknown>) {
  return resolveInitialValue(workspace.schema, template(id), params, getConfigContextFromSource(workspace.unstable_sources[0]!) as never);
}

describe('initial value templates', () => {
  it('"Bài viết mới trong chuyên mục" places the story in the column it was created from', async () => {
    const story = template('story-in-column');
    expect(story.title).toBe('Bài viết mới trong chuyên mục');
    expect(story.schemaType).toBe('story');
    expect(story.parameters?.map((parameter) => parameter.name)).toEqual(['columnId']);

    const value = await initialValue('story-in-column', { columnId: 'column.guong-sang' });
    expect(value.column).toEqual({ _type: 'reference', _ref: 'column.guong-sang' });
  });

  it('"Gương điển hình mới ở tỉnh" places the exemplar in the province and starts it as "Nhân tố mới"', async () => {
    const exemplar = template('exemplar-in-province');
    expect(exemplar.title).toBe('Gương điển hình mới ở tỉnh');
    expect(exemplar.schemaType).toBe('exemplar');
    expect(exemplar.parameters?.map((parameter) => parameter.name)).toEqual(['provinceId']);

    const value = await initialValue('exemplar-in-province', { provinceId: 'province.ca-mau' });
    expect(value.province).toEqual({ _type: 'reference', _ref: 'province.ca-mau' });
    expect(value.lifecycle).toMatchObject({ stage: 'nhan-to-moi', showPublicly: false });
    expect(value.kind).toBe('ca-nhan');
  });

  it('a new exemplar from the default template starts at "nhan-to-moi", not shown publicly', async () => {
    const value = await initialValue('exemplar');
    expect(value.lifecycle).toMatchObject({ stage: 'nhan-to-moi', showPublicly: false });
    expect(value.province).toBeUndefined();
    // The schema's own initial values are kept.
    expect(value.kind).toBe('ca-nhan');
  });

  it('parameterised templates without parameters create no dangling references', async () => {
    expect((await initialValue('story-in-column', {})).column).toBeUndefined();
    expect((await initialValue('exemplar-in-province', {})).province).toBeUndefined();
  });

  it('offers no template for the siteSettings singleton', () => {
    expect(workspace.templates.filter((entry) => entry.schemaType === 'siteSettings')).toEqual([]);
    // …while the other document types keep their default templates.
    for (const type of ['story', 'exemplar', 'column', 'honour', 'publication']) {
      expect(workspace.templates.some((entry) => entry.id === type && entry.schemaType === type), type).toBe(true);
    }
  });
});
