import type { ListItemBuilder, StructureBuilder } from 'sanity/structure';
import { SITE_SETTINGS_ID, SITE_SETTINGS_TYPE } from '../singletons.ts';

/** "Cài đặt trang": opens the one `siteSettings` document directly (no list, no "new"). */
export function settingsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id(SITE_SETTINGS_ID)
    .title('Cài đặt trang')
    .schemaType(SITE_SETTINGS_TYPE)
    .child(
      S.document()
        .id(SITE_SETTINGS_ID)
        .title('Cài đặt trang')
        .schemaType(SITE_SETTINGS_TYPE)
        .documentId(SITE_SETTINGS_ID),
    );
}
