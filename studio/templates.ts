import { lifecycleStages } from '@guong-sang/schemas';
import type { Template, TemplateResolver } from 'sanity';

export const STORY_IN_COLUMN_TEMPLATE = 'story-in-column';
export const EXEMPLAR_IN_PROVINCE_TEMPLATE = 'exemplar-in-province';
/** The default template of the `exemplar` type (Sanity names it after the type). */
export const EXEMPLAR_TEMPLATE = 'exemplar';

/** Templates that need a parameter and therefore only make sense inside a desk list. */
export const PARAMETERISED_TEMPLATE_IDS: ReadonlySet<string> = new Set([
  STORY_IN_COLUMN_TEMPLATE,
  EXEMPLAR_IN_PROVINCE_TEMPLATE,
]);

/** A newly discovered exemplar starts at the first lifecycle stage ("Nhân tố mới"), not shown publicly. */
export const NEW_EXEMPLAR_STAGE = lifecycleStages[0].value;

type Params = Record<string, unknown> | undefined;
type InitialValue = Record<string, unknown>;

function reference(id: unknown): { _type: 'reference'; _ref: string } | undefined {
  return typeof id === 'string' && id.trim() !== '' ? { _type: 'reference', _ref: id.trim() } : undefined;
}

/** Initial value of every new exemplar. */
export function newExemplarValue(): InitialValue {
  return { lifecycle: { stage: NEW_EXEMPLAR_STAGE, showPublicly: false } };
}

/** "Bài viết mới trong chuyên mục": a story already placed in the column `columnId`. */
export function storyInColumnValue(params: Params): InitialValue {
  const column = reference(params?.columnId);
  return column ? { column } : {};
}

/** "Gương điển hình mới ở tỉnh": a new exemplar already placed in the province `provinceId`. */
export function exemplarInProvinceValue(params: Params): InitialValue {
  const province = reference(params?.provinceId);
  return province ? { ...newExemplarValue(), province } : newExemplarValue();
}

export const storyInColumnTemplate: Template = {
  id: STORY_IN_COLUMN_TEMPLATE,
  title: 'Bài viết mới trong chuyên mục',
  description: 'Tạo bài viết đã gắn sẵn chuyên mục đang xem.',
  schemaType: 'story',
  parameters: [{ name: 'columnId', title: 'Chuyên mục', type: 'string' }],
  value: (params: Params) => storyInColumnValue(params),
};

export const exemplarInProvinceTemplate: Template = {
  id: EXEMPLAR_IN_PROVINCE_TEMPLATE,
  title: 'Gương điển hình mới ở tỉnh',
  description: 'Tạo gương điển hình đã gắn sẵn tỉnh, thành phố đang xem.',
  schemaType: 'exemplar',
  parameters: [{ name: 'provinceId', title: 'Tỉnh, thành phố', type: 'string' }],
  value: (params: Params) => exemplarInProvinceValue(params),
};

/**
 * `schema.templates`: drop nothing here except what `singletons.ts` removes; make the default
 * exemplar template start at "Nhân tố mới"; add the two parameterised templates.
 */
export const resolveTemplates = ((prev: Template[]) => [
  ...prev.map((template) =>
    template.id === EXEMPLAR_TEMPLATE && template.schemaType === 'exemplar'
      ? { ...template, value: newExemplarValue() }
      : template,
  ),
  storyInColumnTemplate,
  exemplarInProvinceTemplate,
]) satisfies TemplateResolver;
