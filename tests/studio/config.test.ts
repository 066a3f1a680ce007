import { schemaTypes } from '@guong-sang/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { flattenConfig, type Workspace } from 'sanity';
import config, { contentWorkspace } from '../../studio/sanity.config.ts';
import { API_VERSION, PLACEHOLDER_PROJECT_ID } from '../../studio/env.ts';
import { NormalizingInput } from '../../studio/form/NormalizingInput.ts';
import { loadWorkspace } from './helpers/workspace.ts';

let workspace: Workspace;

beforeAll(async () => {
  workspace = await loadWorkspace();
}, 60_000);

describe('sanity.config.ts', () => {
  it('is the "Gương sáng" workspace, reading project and dataset from the environment', () => {
    expect(workspace.title).toBe('Gương sáng');
    // Tests run without SANITY_STUDIO_PROJECT_ID: the offline placeholder is used.
    expect(process.env.SANITY_STUDIO_PROJECT_ID ?? PLACEHOLDER_PROJECT_ID).toBe(workspace.projectId);
    expect(workspace.dataset).toBe(process.env.SANITY_STUDIO_DATASET ?? 'production');
  });

  it('speaks Vietnamese only', () => {
    expect(workspace.i18n.locales.map((locale) => locale.id)).toEqual(['vi-VN']);
  });

  it('registers every schema type from @guong-sang/schemas', () => {
    const names = workspace.schema.getTypeNames();
    expect(schemaTypes.length).toBeGreaterThan(10);
    for (const type of schemaTypes) expect(names).toContain(type.name);
    for (const name of ['story', 'exemplar', 'column', 'province', 'siteSettings', 'honour']) {
      expect(workspace.schema.get(name)?.jsonType).toBe('object');
    }
  });

  it('has the structure tool and Vision with a pinned API version', () => {
    const tools = workspace.tools.map((tool) => tool.name);
    // Ours come first; Sanity appends its own (releases, scheduled publishing…).
    expect(tools.slice(0, 2)).toEqual(['noi-dung', 'groq']);
    const vision = workspace.tools.find((tool) => tool.name === 'groq');
    expect((vision?.options as { defaultApiVersion?: string }).defaultApiVersion).toBe(API_VERSION);
    expect(API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('wraps every input in the normalising input', () => {
    // The Studio renders inputs through the chain of `form.components.input` of every plugin and
    // of the root config (flattened in this order); ours is the root one, so it wraps them all.
    const chain = flattenConfig(contentWorkspace, [])
      .map(({ config: entry }) => entry.form?.components?.input)
      .filter(Boolean);
    expect(contentWorkspace.form?.components?.input).toBe(NormalizingInput);
    expect(Array.isArray(config)).toBe(true);
    expect(chain.at(-1)).toBe(NormalizingInput);
  });
});
