import { isRecord, lifecycleStages } from '@guong-sang/schemas';
import type { Template, TemplateResolver } from 'sanity';

export const STORY_IN_COLUMN_TEMPLATE = 'story-in-column';
export const EXEMPLAR_IN_PROVINCE_TEMPLATE = 'exemplar-in-province';
/** The default template of the `exemplar` type (Sanity names it after the type). */
export const EXEMPLAR_TEMPLATE = 'exemplar';

/** A newly discovered exemplar starts at the first lifecycle stage ("Nhân tố mới"), not shown publicly. */
export const NEW_EXEMPLAR_STAGE = lifecycleStages[0].value;

type Params = Record<string, unknown> | undefined;
type InitialValue = Record<string, unknown>;
type TemplateValue = Template['value'];

function reference(id: unknown): { _type: 'reference'; _ref: string } | undefined {
  return typeof id === 'string' && id.trim() !== '' ? { _type: 'reference', _ref: id.trim() } : undefined;
}

/** Adds the new-exemplar lifecycle to an initial value, keeping whatever else it holds. */
export function withNewExemplarLifecycle(value: InitialValue): InitialValue {
  const lifecycle = isRecord(value.lifecycle) ? value.lifecycle : {};
  return { ...value, lifecycle: { ...lifecycle, stage: NEW_EXEMPLAR_STAGE, showPublicly: false } };
}

/** "Bài viết mới trong chuyên mục": a story already placed in the column `columnId`. */
export function storyInColumnValue(params: Params): InitialValue {
  const column = reference(params?.columnId);
  return column ? { column } : {};
}

/** "Gương điển hình mới ở tỉnh": the new-exemplar value, placed in the province `provinceId`. */
export function exemplarInProvinceValue(base: InitialValue, params: Params): InitialValue {
  const province = reference(params?.provinceId);
  const value = withNewExemplarLifecycle(base);
  return province ? { ...value, province } : value;
}

/** Resolves a template value (object or function) to an object. */
async function resolveValue(value: TemplateValue, params: Params, context: unknown): Promise<InitialValue> {
  const resolved: unknown =
    typeof value === 'function' ? await (value as (p: Params, c: unknown) => unknown)(params, context) : value;
  return isRecord(resolved) ? resolved : {};
}

export const storyInColumnTemplate: Template = {
  id: STORY_IN_COLUMN_TEMPLATE,
  title: 'Bài viết mới trong chuyên mục',
  description: 'Tạo bài viết đã gắn sẵn chuyên mục đang xem.',
  schemaType: 'story',
  parameters: [{ name: 'columnId', title: 'Chuyên mục', type: 'string' }],
  value: (params: Params) => storyInColumnValue(params),
};

function exemplarInProvinceTemplate(exemplarDefault: Template | undefined): Template {
  return {
    id: EXEMPLAR_IN_PROVINCE_TEMPLATE,
    title: 'Gương điển hình mới ở tỉnh',
    description: 'Tạo gương điển hình đã gắn sẵn tỉnh, thành phố đang xem.',
    schemaType: 'exemplar',
    parameters: [{ name: 'provinceId', title: 'Tỉnh, thành phố', type: 'string' }],
    value: async (params: Params, context: unknown) =>
      exemplarInProvinceValue(await resolveValue(exemplarDefault?.value ?? {}, params, context), params),
  };
}

/**
 * `schema.templates`: the default exemplar template starts at "Nhân tố mới" (on top of the schema's
 * own initial value); the two parameterised templates are added for the per-column and
 * per-province lists.
 */
export const resolveTemplates = ((prev: Template[]) => {
  const exemplarDefault = prev.find((template) => template.id === EXEMPLAR_TEMPLATE);
  return [
    ...prev.map((template) =>
      template === exemplarDefault
        ? {
            ...template,
            value: async (params: Params, context: unknown) =>
              withNewExemplarLifecycle(await resolveValue(exemplarDefault.value, params, context)),
          }
        : template,
    ),
    storyInColumnTemplate,
    exemplarInProvinceTemplate(exemplarDefault),
  ];
}) satisfies TemplateResolver;
