import { exemplarKinds, lifecycleStages } from '@guong-sang/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from 'sanity';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { API_VERSION } from '../../studio/env.ts';
import {
  STORIES_BY_IDS,
  STORIES_FEATURED,
  STORIES_IN_COLUMN,
  STORIES_PUBLISHED_UNCHANGED,
} from '../../studio/structure/filters.ts';
import { PARTICIPATION_TYPES } from '../../studio/participation/workspace.ts';
import { classifyPublicationStatus } from '../../studio/structure/publicationStatus.ts';
import { item, open, titles, topLevel, type Node } from './helpers/panes.ts';
import { foldDrafts, idsMatching, loadWorkspace, startQueryApi, structureBuilderFor, type Doc } from './helpers/workspace.ts';

const ref = (id: string) => ({ _type: 'reference', _ref: id });

/** Raw dataset: published documents, drafts, a release version. */
const docs: Doc[] = [
  { _id: 'column.guong-sang', _type: 'column', title: 'Gương sáng' },
  { _id: 'column.chuyen-trang-20-11', _type: 'column', title: 'Chuyên trang 20/11' },
  // Published, unchanged, featured.
  { _id: 'story.a', _type: 'story', column: ref('column.guong-sang'), featured: true },
  // Published with a pending draft.
  { _id: 'story.b', _type: 'story', column: ref('column.guong-sang') },
  { _id: 'drafts.story.b', _type: 'story', column: ref('column.chuyen-trang-20-11') },
  // Never published.
  { _id: 'drafts.story.c', _type: 'story', column: ref('column.chuyen-trang-20-11') },
  // Only in a release: not a draft, not published.
  { _id: 'versions.rTet.story.d', _type: 'story', column: ref('column.guong-sang') },
  { _id: 'province.ha-noi', _type: 'province', name: 'Hà Nội' },
  { _id: 'province.ca-mau', _type: 'province', name: 'Cà Mau' },
  { _id: 'exemplar.x', _type: 'exemplar', kind: 'ca-nhan', province: ref('province.ha-noi'), lifecycle: { stage: 'nhan-to-moi' } },
  { _id: 'exemplar.y', _type: 'exemplar', kind: 'tap-the', province: ref('province.ca-mau'), lifecycle: { stage: 'dien-hinh-cap-tinh' } },
  { _id: 'drafts.exemplar.z', _type: 'exemplar', kind: 'ca-nhan', province: ref('province.ha-noi'), lifecycle: { stage: 'dien-hinh-cap-tinh' } },
];
const folded = foldDrafts(docs);

let api: Awaited<ReturnType<typeof startQueryApi>>;
let workspace: Workspace;
let S: StructureBuilder;
let root: Node;

beforeAll(async () => {
  api = await startQueryApi(docs);
  workspace = await loadWorkspace(api.url);
  S = structureBuilderFor(workspace);
  const tool = workspace.tools.find((entry) => entry.name === 'noi-dung');
  const structure = (tool?.options as { structure?: StructureResolver }).structure;
  if (!structure) throw new Error('The structure tool has no structure resolver');
  root = topLevel(S, structure as never);
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe('desk structure', () => {
  it('lists the editors’ work, in Vietnamese, at the top level', () => {
    expect(root.title).toBe('Nội dung');
    expect(titles(root)).toEqual([
      'Bài viết',
      'Gương điển hình',
      'Ấn phẩm điện tử',
      'Cuộc thi',
      'Sự kiện (giao lưu, tọa đàm)',
      'Khen thưởng, danh hiệu',
      'Danh mục',
      'Cài đặt trang',
    ]);
    expect(root.items?.filter((entry) => entry.type === 'divider')).toHaveLength(2);
  });

  it('reaches every document type of the schema', async () => {
    const reached = new Set<string>();
    const visit = async (node: Node, depth: number): Promise<void> => {
      const schemaType = typeof node.schemaType === 'string' ? node.schemaType : node.schemaType?.name;
      if (schemaType) reached.add(schemaType);
      if (node.options?.type) reached.add(node.options.type);
      for (const entry of node.items ?? []) {
        if (entry.type === 'divider') continue;
        const schema = typeof entry.schemaType === 'string' ? entry.schemaType : entry.schemaType?.name;
        if (schema) reached.add(schema);
        if (depth < 3 && entry.child && typeof entry.child !== 'function') await visit(await open(entry), depth + 1);
      }
    };
    await visit(root, 0);
    const documentTypes = workspace.schema
      .getTypeNames()
      .filter((name) => workspace.schema.get(name)?.type?.name === 'document' && !name.startsWith('sanity.') && !name.startsWith('system.') && !name.startsWith('assist.'))
      // Participation documents are listed by the private "Tham gia" workspace (participation-workspace.test.ts).
      .filter((name) => !PARTICIPATION_TYPES.has(name));
    expect(documentTypes.length).toBeGreaterThanOrEqual(12);
    // Participation types (issue 11) belong to the "Tham gia" workspace on the private dataset, not here.
    const participation = new Set(['contestEntry', 'nomination', 'judge', 'judgeScore']);
    for (const name of documentTypes.filter((n) => !participation.has(n))) expect(reached, name).toContain(name);
  });

  describe('Bài viết', () => {
    let stories: Node;
    beforeAll(async () => {
      stories = await open(item(root, 'Bài viết'));
    });

    it('has Tất cả / Theo chuyên mục / Theo trạng thái', () => {
      expect(titles(stories)).toEqual(['Tất cả', 'Theo chuyên mục', 'Theo trạng thái']);
    });

    it('Tất cả lists every story', async () => {
      const all = await open(item(stories, 'Tất cả'));
      expect(all.type).toBe('documentList');
      expect(all.options?.filter).toBe('_type == $type');
      expect(all.options?.params).toEqual({ type: 'story' });
    });

    it('Theo chuyên mục lists columns, then one filtered list per column with a "new story in this column" template', async () => {
      const columns = await open(item(stories, 'Theo chuyên mục'));
      expect(columns.type).toBe('documentList');
      expect(columns.options?.params).toEqual({ type: 'column' });

      const inColumn = await open(columns, 'column.guong-sang');
      expect(inColumn.type).toBe('documentList');
      expect(inColumn.options?.filter).toBe(STORIES_IN_COLUMN);
      expect(inColumn.options?.params).toEqual({ columnId: 'column.guong-sang' });
      expect(inColumn.options?.apiVersion).toBe(API_VERSION);
      expect(inColumn.initialValueTemplates?.map((entry) => [entry.templateId, entry.parameters])).toEqual([
        ['story-in-column', { columnId: 'column.guong-sang' }],
      ]);

      // Evaluated as the Studio does (drafts perspective): the draft of story.b moved it to the other column.
      expect(await idsMatching(folded, inColumn.options!.filter!, inColumn.options!.params)).toEqual(['story.a']);
      const other = await open(columns, 'column.chuyen-trang-20-11');
      expect(await idsMatching(folded, other.options!.filter!, other.options!.params)).toEqual(['story.b', 'story.c']);
    });

    it('Theo trạng thái splits drafts, changed, published and featured stories', async () => {
      const byStatus = await open(item(stories, 'Theo trạng thái'));
      expect(titles(byStatus)).toEqual([
        'Bản nháp chưa xuất bản',
        'Đã xuất bản có thay đổi chưa xuất bản',
        'Đã xuất bản',
        'Nổi bật',
      ]);

      const requestsBefore = api.requests.length;
      const drafts = await open(item(byStatus, 'Bản nháp chưa xuất bản'));
      expect(drafts.options?.filter).toBe(STORIES_BY_IDS);
      expect(drafts.options?.params).toEqual({ ids: ['story.c', 'drafts.story.c'] });
      expect(await idsMatching(folded, drafts.options!.filter!, drafts.options!.params)).toEqual(['story.c']);
      // The look-up went to the query API, in the raw perspective.
      const lookup = api.requests.slice(requestsBefore).find((url) => url.pathname.includes('/data/query/'));
      expect(lookup?.searchParams.get('perspective')).toBe('raw');
      expect(lookup?.pathname).toContain(`/v${API_VERSION}/`);

      const changed = await open(item(byStatus, 'Đã xuất bản có thay đổi chưa xuất bản'));
      expect(changed.options?.params).toEqual({ ids: ['story.b', 'drafts.story.b'] });
      expect(await idsMatching(folded, changed.options!.filter!, changed.options!.params)).toEqual(['story.b']);

      const published = await open(item(byStatus, 'Đã xuất bản'));
      expect(published.options?.filter).toBe(STORIES_PUBLISHED_UNCHANGED);
      expect(await idsMatching(folded, published.options!.filter!)).toEqual(['story.a']);

      const featured = await open(item(byStatus, 'Nổi bật'));
      expect(featured.options?.filter).toBe(STORIES_FEATURED);
      expect(await idsMatching(folded, featured.options!.filter!)).toEqual(['story.a']);
    });
  });

  describe('Gương điển hình', () => {
    let exemplars: Node;
    beforeAll(async () => {
      exemplars = await open(item(root, 'Gương điển hình'));
    });

    it('has Tất cả / Theo giai đoạn / Theo tỉnh, thành phố / Theo loại', () => {
      expect(titles(exemplars)).toEqual(['Tất cả', 'Theo giai đoạn', 'Theo tỉnh, thành phố', 'Theo loại cá nhân / tập thể']);
    });

    it('Theo giai đoạn has one list per lifecycle stage, filtered by that stage', async () => {
      const stages = await open(item(exemplars, 'Theo giai đoạn'));
      expect(titles(stages)).toEqual(lifecycleStages.map((stage) => stage.title));
      expect(titles(stages)).toContain('Nhân tố mới');
      for (const stage of lifecycleStages) {
        const list = await open(item(stages, stage.title));
        expect(list.type).toBe('documentList');
        expect(list.options?.params).toEqual({ stage: stage.value });
      }
      const provincial = await open(item(stages, 'Điển hình cấp tỉnh, bộ, ngành'));
      expect(await idsMatching(folded, provincial.options!.filter!, provincial.options!.params)).toEqual([
        'exemplar.y',
        'exemplar.z',
      ]);
      const newcomers = await open(item(stages, 'Nhân tố mới'));
      expect(await idsMatching(folded, newcomers.options!.filter!, newcomers.options!.params)).toEqual(['exemplar.x']);
    });

    it('Theo tỉnh, thành phố lists provinces, then the exemplars of one province', async () => {
      const provinces = await open(item(exemplars, 'Theo tỉnh, thành phố'));
      expect(provinces.options?.params).toEqual({ type: 'province' });
      const haNoi = await open(provinces, 'province.ha-noi');
      expect(haNoi.options?.params).toEqual({ provinceId: 'province.ha-noi' });
      expect(haNoi.initialValueTemplates?.map((entry) => [entry.templateId, entry.parameters])).toEqual([
        ['exemplar-in-province', { provinceId: 'province.ha-noi' }],
      ]);
      expect(await idsMatching(folded, haNoi.options!.filter!, haNoi.options!.params)).toEqual(['exemplar.x', 'exemplar.z']);
    });

    it('Theo loại splits individuals and collectives', async () => {
      const kinds = await open(item(exemplars, 'Theo loại cá nhân / tập thể'));
      expect(titles(kinds)).toEqual(exemplarKinds.map((kind) => kind.title));
      const collectives = await open(item(kinds, 'Tập thể'));
      expect(collectives.options?.params).toEqual({ kind: 'tap-the' });
      expect(await idsMatching(folded, collectives.options!.filter!, collectives.options!.params)).toEqual(['exemplar.y']);
    });
  });

  it('Danh mục holds the reference lists', async () => {
    const taxonomy = await open(item(root, 'Danh mục'));
    expect(titles(taxonomy)).toEqual([
      'Chuyên mục, chuyên trang',
      'Phong trào, chủ đề, mô hình',
      'Người viết, người thực hiện',
      'Đơn vị',
      'Tỉnh, thành phố',
    ]);
    const types = await Promise.all(taxonomy.items!.map(async (entry) => (await open(entry)).options?.params?.type));
    expect(types).toEqual(['column', 'theme', 'person', 'organisation', 'province']);
  });

  it('Cài đặt trang opens the siteSettings document itself', async () => {
    const settings = await open(item(root, 'Cài đặt trang'));
    expect(settings.type).toBe('document');
    expect(settings.options).toMatchObject({ id: 'site-settings', type: 'siteSettings' });
  });

  it('classifies raw ids by publication status', () => {
    expect(
      classifyPublicationStatus(['a', 'drafts.a', 'drafts.b', 'c', 'versions.r1.e', 'drafts.f', 'drafts.f']),
    ).toEqual({ neverPublished: ['b', 'f'], changedSincePublished: ['a'] });
  });
});
