import { schemaTypes } from '@guong-sang/schemas';
import { viVNLocale } from '@sanity/locale-vi-vn';
import type { WorkspaceOptions } from 'sanity';
import { structureTool } from 'sanity/structure';
import { participationDataset, projectId } from '../env.ts';
import { participationActions } from './actions.ts';
import { ParticipationInput } from './ContestTitleInput.ts';
import { participationStructure } from './structure.ts';

/** Document types of public participation (issue 11), kept in the private dataset. */
export const PARTICIPATION_TYPES: ReadonlySet<string> = new Set(['contestEntry', 'nomination', 'judge', 'judgeScore']);
/** What editors may create here by hand (a postal entry, a nomination by letter, a judge); scores come from the judging desk. */
export const PARTICIPATION_CREATABLE: ReadonlySet<string> = new Set(['contestEntry', 'nomination', 'judge']);

export const PARTICIPATION_WORKSPACE_DESCRIPTION =
  'Dữ liệu cá nhân của người dự thi và người đề cử (dataset riêng tư). Chỉ dành cho biên tập viên; giám khảo chấm bài ở /cham-thi/ (chấm ẩn danh), không dùng Studio.';

/**
 * The "Tham gia (riêng tư)" workspace: the PRIVATE participation dataset (`SANITY_STUDIO_PARTICIPATION_DATASET`).
 *
 * Judges do not use the Studio: a Sanity role grants reading a document, never hiding some of its
 * fields, so anyone who can open an entry here sees the entrant's name, school and contact. Blind
 * judging and conflicts of interest are enforced by the site server's desk (/cham-thi/), which only
 * ever sends judges a blind projection.
 *
 * The schema holds every type (the entries' references name `contest` and `story` types, which must
 * exist for the references to validate), but only participation types are listed or creatable.
 */
export const participationWorkspace: WorkspaceOptions = {
  name: 'tham-gia',
  title: 'Tham gia (riêng tư)',
  subtitle: PARTICIPATION_WORKSPACE_DESCRIPTION,
  basePath: '/tham-gia',
  projectId,
  dataset: participationDataset,

  plugins: [structureTool({ name: 'tham-gia', title: 'Tham gia', structure: participationStructure }), viVNLocale()],

  i18n: {
    locales: (prev) => prev.filter((locale) => locale.id === 'vi-VN'),
  },

  schema: {
    types: schemaTypes,
    templates: (prev) => prev.filter((template) => PARTICIPATION_CREATABLE.has(template.schemaType)),
  },

  document: {
    actions: (prev, context) => participationActions(prev, context),
    newDocumentOptions: (prev) => prev.filter((item) => PARTICIPATION_CREATABLE.has(item.templateId)),
  },

  form: {
    components: {
      input: ParticipationInput,
    },
  },
};
