import { groupProblems, validateSchema } from '@sanity/schema/_internal';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../schemas/compiled.ts';
import { provinceDocuments, provinces, SINGLETON_IDS, SINGLETON_TYPES, schemaTypes, slugify } from '../../schemas/index.ts';
import * as vocabularies from '../../schemas/vocabularies/index.ts';

type Titled = { name: string; title?: string; description?: string; fields?: Titled[] };

describe('schema', () => {
  it('has no problems in the checks `sanity schema validate` runs', () => {
    const problems = groupProblems(validateSchema(schemaTypes).getTypes());
    const reported = problems.flatMap((group) => group.problems.map((p) => `${p.severity}: ${group.path.map((s) => s.name).join('>')}: ${p.message}`));
    expect(reported).toEqual([]);
  });

  it('compiles like sanity createSchema() and agrees with it', async () => {
    const { schema } = compileSchema();
    const { createSchema } = await import('sanity');
    const studioSchema = createSchema({ name: 'default', types: schemaTypes });
    expect(studioSchema._validation?.flatMap((g) => g.problems).filter((p) => p.severity === 'error')).toEqual([]);
    expect([...schema.getTypeNames()].sort()).toEqual([...studioSchema.getTypeNames()].sort());
    for (const name of ['story', 'exemplar', 'honour', 'publication', 'siteSettings']) {
      expect(schema.get(name)?.jsonType).toBe('object');
    }
  }, 60_000);

  it('gives every type and field a Vietnamese title', () => {
    const missing: string[] = [];
    const check = (type: Titled, path: string) => {
      if (!type.title) missing.push(path);
      for (const field of type.fields ?? []) check(field, `${path}.${field.name}`);
    };
    for (const type of schemaTypes as unknown as Titled[]) check(type, type.name);
    // Fields without an explicit title would show the English field name in the Studio.
    expect(missing.filter((path) => path.includes('.') || !path)).toEqual([]);
  });

  it('declares siteSettings as the only singleton', () => {
    expect(SINGLETON_TYPES).toEqual(['siteSettings']);
    expect(SINGLETON_IDS).toEqual(['site-settings']);
  });
});

describe('vocabularies', () => {
  it('ships the 34 provincial units with ids province.<slug>', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.filter((p) => p.kind === 'thanh-pho').map((p) => p.title)).toEqual(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ']);
    expect(new Set(provinces.map((p) => p.id)).size).toBe(34);
    for (const province of provinces) {
      expect(province.id).toMatch(/^province\.[a-z0-9-]+$/);
      expect(province.id).toBe(`province.${province.value}`);
    }
    expect(provinces.find((p) => p.title === 'Đắk Lắk')?.id).toBe('province.dak-lak');
    expect(provinceDocuments()[0]).toEqual({ _id: 'province.ha-noi', _type: 'province', name: 'Hà Nội', slug: { _type: 'slug', current: 'ha-noi' }, kind: 'thanh-pho', order: 1 });
  });

  it('stores ASCII kebab-case values and NFC titles', () => {
    for (const [name, list] of Object.entries(vocabularies)) {
      if (!Array.isArray(list)) continue;
      for (const entry of list as { value: string; title: string }[]) {
        if (name === 'pageSizes') expect(entry.value).toMatch(/^A[45]$/);
        else if (name.endsWith('Providers')) expect(entry.value).toMatch(/^[a-z0-9.]+$/);
        else if (entry.value !== '') expect(entry.value, `${name}: ${entry.value}`).toBe(slugify(entry.value));
        expect(entry.title.normalize('NFC')).toBe(entry.title);
      }
    }
  });
});
