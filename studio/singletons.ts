import type {
  DocumentActionComponent,
  DocumentActionsContext,
  NewDocumentOptionsContext,
  Template,
  TemplateItem,
} from 'sanity';
import { SINGLETON_TYPES as SCHEMA_SINGLETON_TYPES, SITE_SETTINGS_ID } from '@guong-sang/schemas';

/** The site settings singleton: one document of this type, with the id the schemas fix. */
export { SITE_SETTINGS_ID };
export const SITE_SETTINGS_TYPE = 'siteSettings';

/** Schema types that exist exactly once (declared by the content model), each edited from its desk item. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set<string>(SCHEMA_SINGLETON_TYPES);

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
 * `document.newDocumentOptions`: never offer a singleton. (Sanity already leaves templates with
 * parameters out of these menus; the desk lists that supply the parameters offer them explicitly.)
 */
export function resolveNewDocumentOptions(
  prev: TemplateItem[],
  _context?: Pick<NewDocumentOptionsContext, 'creationContext'>,
): TemplateItem[] {
  return prev.filter((item) => !SINGLETON_TYPES.has(item.templateId));
}
