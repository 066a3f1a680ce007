import type { ListItemBuilder, StructureBuilder } from 'sanity/structure';
import { API_VERSION } from '../env.ts';
import { STORY_IN_COLUMN_TEMPLATE } from '../templates.ts';
import {
  ALL_STORY_IDS_RAW,
  STORIES_BY_IDS,
  STORIES_FEATURED,
  STORIES_IN_COLUMN,
  STORIES_PUBLISHED_UNCHANGED,
  STORY_TYPE,
} from './filters.ts';
import { classifyPublicationStatus, idsParam, type PublicationStatusIds } from './publicationStatus.ts';

/** "Bài viết": all stories, by column, by publication status. */
export function storiesItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('bai-viet')
    .title('Bài viết')
    .schemaType(STORY_TYPE)
    .child(
      S.list()
        .id('bai-viet')
        .title('Bài viết')
        .items([
          S.listItem()
            .id('tat-ca')
            .title('Tất cả')
            .schemaType(STORY_TYPE)
            .child(
              S.documentTypeList(STORY_TYPE)
                .id('tat-ca-bai-viet')
                .title('Tất cả bài viết')
                .apiVersion(API_VERSION)
                .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
            ),
          byColumnItem(S),
          byStatusItem(S),
        ]),
    );
}

function byColumnItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('theo-chuyen-muc')
    .title('Theo chuyên mục')
    .schemaType('column')
    .child(
      S.documentTypeList('column')
        .id('chuyen-muc')
        .title('Theo chuyên mục')
        .apiVersion(API_VERSION)
        .defaultOrdering([
          { field: 'order', direction: 'asc' },
          { field: 'title', direction: 'asc' },
        ])
        .child((columnId: string) => storiesInColumnList(S, columnId)),
    );
}

/** The stories of one column, with "new story" creating it in that column. */
export function storiesInColumnList(S: StructureBuilder, columnId: string) {
  return S.documentList()
    .id(`bai-viet-chuyen-muc-${columnId}`)
    .title('Bài viết trong chuyên mục')
    .schemaType(STORY_TYPE)
    .apiVersion(API_VERSION)
    .filter(STORIES_IN_COLUMN)
    .params({ columnId })
    .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
    .initialValueTemplates([S.initialValueTemplateItem(STORY_IN_COLUMN_TEMPLATE, { columnId })]);
}

function byStatusItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('theo-trang-thai')
    .title('Theo trạng thái')
    .child(
      S.list()
        .id('trang-thai')
        .title('Theo trạng thái')
        .items([
          S.listItem()
            .id('ban-nhap-chua-xuat-ban')
            .title('Bản nháp chưa xuất bản')
            .schemaType(STORY_TYPE)
            .child(() =>
              storiesByStatusList(S, 'neverPublished', 'ban-nhap-chua-xuat-ban', 'Bản nháp chưa xuất bản'),
            ),
          S.listItem()
            .id('co-thay-doi-chua-xuat-ban')
            .title('Đã xuất bản có thay đổi chưa xuất bản')
            .schemaType(STORY_TYPE)
            .child(() =>
              storiesByStatusList(
                S,
                'changedSincePublished',
                'co-thay-doi-chua-xuat-ban',
                'Đã xuất bản có thay đổi chưa xuất bản',
              ),
            ),
          S.listItem()
            .id('da-xuat-ban')
            .title('Đã xuất bản')
            .schemaType(STORY_TYPE)
            .child(
              S.documentList()
                .id('da-xuat-ban')
                .title('Đã xuất bản')
                .schemaType(STORY_TYPE)
                .apiVersion(API_VERSION)
                .filter(STORIES_PUBLISHED_UNCHANGED)
                .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
            ),
          S.listItem()
            .id('noi-bat')
            .title('Nổi bật')
            .schemaType(STORY_TYPE)
            .child(
              S.documentList()
                .id('noi-bat')
                .title('Bài viết nổi bật')
                .schemaType(STORY_TYPE)
                .apiVersion(API_VERSION)
                .filter(STORIES_FEATURED)
                .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
            ),
        ]),
    );
}

/** Looks up the raw ids (one query to the dataset) and lists the stories with the given status. */
export async function storiesByStatusList(
  S: StructureBuilder,
  status: keyof PublicationStatusIds,
  id: string,
  title: string,
) {
  const client = S.context.getClient({ apiVersion: API_VERSION });
  const rawIds = await client.fetch<string[]>(ALL_STORY_IDS_RAW, {}, { perspective: 'raw' });
  const ids = classifyPublicationStatus(rawIds)[status];
  return S.documentList()
    .id(id)
    .title(title)
    .schemaType(STORY_TYPE)
    .apiVersion(API_VERSION)
    .filter(STORIES_BY_IDS)
    .params({ ids: idsParam(ids) })
    .defaultOrdering([{ field: '_updatedAt', direction: 'desc' }]);
}
