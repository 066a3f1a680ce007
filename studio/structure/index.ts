import type { StructureResolver } from 'sanity/structure';
import { contestsItem, eventsItem, honoursItem, publicationsItem } from './content.ts';
import { exemplarsItem } from './exemplars.ts';
import { settingsItem } from './settings.ts';
import { storiesItem } from './stories.ts';
import { taxonomyItem } from './taxonomy.ts';

/** The desk, organised by the editors' work rather than by schema type. */
export const structure: StructureResolver = (S) =>
  S.list()
    .id('noi-dung')
    .title('Nội dung')
    .items([
      storiesItem(S),
      exemplarsItem(S),
      publicationsItem(S),
      contestsItem(S),
      eventsItem(S),
      honoursItem(S),
      S.divider(),
      taxonomyItem(S),
      S.divider(),
      settingsItem(S),
    ]);
