import type { ListItemBuilder, StructureBuilder } from 'sanity/structure';
import { typeListItem } from './content.ts';

/** "Danh mục": the reference lists stories and exemplars point to. */
export function taxonomyItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('danh-muc')
    .title('Danh mục')
    .child(
      S.list()
        .id('danh-muc')
        .title('Danh mục')
        .items([
          typeListItem(S, 'column', 'Chuyên mục, chuyên trang', [
            { field: 'order', direction: 'asc' },
            { field: 'title', direction: 'asc' },
          ]),
          typeListItem(S, 'theme', 'Phong trào, chủ đề, mô hình', [{ field: 'title', direction: 'asc' }]),
          typeListItem(S, 'person', 'Người viết, người thực hiện', [{ field: 'name', direction: 'asc' }]),
          typeListItem(S, 'organisation', 'Đơn vị', [{ field: 'name', direction: 'asc' }]),
          typeListItem(S, 'province', 'Tỉnh, thành phố', [
            { field: 'order', direction: 'asc' },
            { field: 'name', direction: 'asc' },
          ]),
        ]),
    );
}
