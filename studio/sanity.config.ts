import { schemaTypes } from '@guong-sang/schemas';
import { viVNLocale } from '@sanity/locale-vi-vn';
import { visionTool } from '@sanity/vision';
import { defineConfig, type WorkspaceOptions } from 'sanity';
import { structureTool } from 'sanity/structure';
import { withNormalizeOnPublish } from './actions/normalizeOnPublish.ts';
import { PreviewAction, PREVIEWABLE_TYPES } from './actions/previewAction.ts';
import { API_VERSION, dataset, projectId } from './env.ts';
import { NormalizingInput } from './form/NormalizingInput.ts';
import { PARTICIPATION_TYPES, participationWorkspace } from './participation/workspace.ts';
import { resolveDocumentActions, resolveNewDocumentOptions, withoutSingletonTemplates } from './singletons.ts';
import { structure } from './structure/index.ts';
import { resolveTemplates } from './templates.ts';

/** The only UI language of the Studio. */
export const STUDIO_LOCALE = 'vi-VN';

/** The public content (dataset `SANITY_STUDIO_DATASET`): what the site publishes. */
export const contentWorkspace: WorkspaceOptions = {
  name: 'default',
  title: 'Gương sáng',
  // Two workspaces need two base paths; the Studio's root redirects to this first one.
  basePath: '/noi-dung',
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
    // Participation documents are never made by hand in the public dataset: entries reach it only
    // as whitelisted public records ("Công bố kết quả"); the rest lives in the private workspace.
    templates: (prev) => withoutSingletonTemplates(resolveTemplates(prev)).filter((template) => !PARTICIPATION_TYPES.has(template.schemaType)),
  },

  document: {
    actions: (prev, context) => [
      ...resolveDocumentActions(prev, context).map((action) =>
        action.action === 'publish' ? withNormalizeOnPublish(action) : action,
      ),
      ...(PREVIEWABLE_TYPES.has(context.schemaType) ? [PreviewAction] : []),
    ],
    newDocumentOptions: (prev, context) => resolveNewDocumentOptions(prev, context).filter((item) => !PARTICIPATION_TYPES.has(item.templateId)),
  },

  form: {
    components: {
      input: NormalizingInput,
    },
  },
};

/** The public content first (the root redirects to it), then the private participation workspace. */
export default defineConfig([contentWorkspace, participationWorkspace]);
