import { schemaTypes } from '@guong-sang/schemas';
import { viVNLocale } from '@sanity/locale-vi-vn';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { withNormalizeOnPublish } from './actions/normalizeOnPublish.ts';
import { PreviewAction, PREVIEWABLE_TYPES } from './actions/previewAction.ts';
import { API_VERSION, dataset, projectId } from './env.ts';
import { NormalizingInput } from './form/NormalizingInput.ts';
import { resolveDocumentActions, resolveNewDocumentOptions, withoutSingletonTemplates } from './singletons.ts';
import { structure } from './structure/index.ts';
import { resolveTemplates } from './templates.ts';

/** The only UI language of the Studio. */
export const STUDIO_LOCALE = 'vi-VN';

export default defineConfig({
  name: 'default',
  title: 'Gương sáng',
  projectId,
  dataset,

  plugins: [
    structureTool({ name: 'noi-dung', title: 'Nội dung', structure }),
    visionTool({ name: 'groq', title: 'Truy vấn GROQ', defaultApiVersion: API_VERSION }),
    viVNLocale(),
  ],

  // The locale plugin adds vi-VN next to Sanity's built-in en-US; keep vi-VN only.
  i18n: {
    locales: (prev) => prev.filter((locale) => locale.id === STUDIO_LOCALE),
  },

  schema: {
    types: schemaTypes,
    templates: (prev) => withoutSingletonTemplates(resolveTemplates(prev)),
  },

  document: {
    actions: (prev, context) => [
      ...resolveDocumentActions(prev, context).map((action) =>
        action.action === 'publish' ? withNormalizeOnPublish(action) : action,
      ),
      ...(PREVIEWABLE_TYPES.has(context.schemaType) ? [PreviewAction] : []),
    ],
    newDocumentOptions: (prev, context) => resolveNewDocumentOptions(prev, context),
  },

  form: {
    components: {
      input: NormalizingInput,
    },
  },
});
