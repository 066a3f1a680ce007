import type {
  DocumentActionComponent,
  DocumentActionsContext,
  NewDocumentOptionsContext,
  Template,
  TemplateItem,
} from 'sanity';
import { PARAMETERISED_TEMPLATE_IDS } from './templates.ts';

/** The site settings singleton: its document id equals its type name. */
export const SITE_SETTINGS_ID = 'siteSettings';
export const SITE_SETTINGS_TYPE = 'siteSettings';

/** Schema types that exist exactly once, edited from "Cài đặt trang" only. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set([SITE_SETTINGS_TYPE]);

/**
 * Actions that would create a second copy of a singleton or remove the only one: the site needs
 * its settings document to exist and to be published.
 */
export const SINGLETON_FORBIDDEN_ACTIONS: ReadonlySet<string> = new Set(['delete', 'duplicate', 'unpublish']);

/** `document.actions`: singletons can be edited, published and reverted, never deleted or duplicated. */
export function resolveDocumentActions(
  prev: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(context.schemaType)) return prev;
  return prev.filter((action) => !(action.action && SINGLETON_FORBIDDEN_ACTIONS.has(action.action)));
}

/** `schema.templates`: no template may create a singleton (it is opened by its fixed id). */
export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType));
}

/**
 * `document.newDocumentOptions`: never offer a singleton; offer the parameterised templates only
 * inside the desk lists that supply their parameters (a column, a province).
 */
export function resolveNewDocumentOptions(
  prev: TemplateItem[],
  context: Pick<NewDocumentOptionsContext, 'creationContext'>,
): TemplateItem[] {
  return prev.filter((item) => {
    if (SINGLETON_TYPES.has(item.templateId)) return false;
    if (PARAMETERISED_TEMPLATE_IDS.has(item.templateId)) return context.creationContext.type === 'structure';
    return true;
  });
}
