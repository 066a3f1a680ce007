import type { ListItemBuilder, StructureBuilder } from 'sanity/structure';
import { API_VERSION } from '../env.ts';

type Ordering = { field: string; direction: 'asc' | 'desc' };

/** A top-level item listing every document of one type, under a Vietnamese title. */
export function typeListItem(
  S: StructureBuilder,
  schemaType: string,
  title: string,
  ordering: Ordering[],
): ListItemBuilder {
  return S.listItem()
    .id(schemaType)
    .title(title)
    .schemaType(schemaType)
    .child(
      S.documentTypeList(schemaType)
        .id(schemaType)
        .title(title)
        .apiVersion(API_VERSION)
        .defaultOrdering(ordering),
    );
}

export const publicationsItem = (S: StructureBuilder) =>
  typeListItem(S, 'publication', 'Ấn phẩm điện tử', [{ field: 'publishedAt', direction: 'desc' }]);

export const contestsItem = (S: StructureBuilder) =>
  typeListItem(S, 'contest', 'Cuộc thi', [{ field: 'opensAt', direction: 'desc' }]);

export const eventsItem = (S: StructureBuilder) =>
  typeListItem(S, 'event', 'Sự kiện (giao lưu, tọa đàm)', [{ field: 'startsAt', direction: 'desc' }]);

export const honoursItem = (S: StructureBuilder) =>
  typeListItem(S, 'honour', 'Khen thưởng, danh hiệu', [{ field: 'decisionDate', direction: 'desc' }]);
