import { useClient, type DocumentActionComponent } from 'sanity';
import { API_VERSION } from '../env.ts';

/**
 * "Xem trước": opens the draft in the site's own design, served by the site server. The Studio never
 * holds the server's signing secret (Sanity's pattern, as in @sanity/preview-url-secret): with the
 * editor's own session it creates a private grant document under a dot-path id (readable only with
 * a token), and the server, reading it with its read token, turns a fresh grant (< 2 minutes) into a
 * signed 30-minute link (server/src/preview/grant.ts). The ids and type here are that file's.
 */
export const PREVIEW_GRANT_TYPE = 'guongSang.previewGrant';
export const PREVIEW_GRANT_ID_PREFIX = 'guong-sang-preview.';
export const PREVIEWABLE_TYPES: ReadonlySet<string> = new Set(['story']);

/** Where the site server answers (`SANITY_STUDIO_PREVIEW_URL`, e.g. https://guongsang.example.vn). */
export function previewBaseUrl(): string | undefined {
  let value: string | undefined;
  try {
    // The full literal expression, so the Studio bundler replaces it at build time (see env.ts).
    value = process.env.SANITY_STUDIO_PREVIEW_URL;
  } catch {
    value = undefined;
  }
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin + url.pathname.replace(/\/?$/, '') : undefined;
  } catch {
    return undefined;
  }
}

export interface PreviewGrant {
  _id: string;
  _type: typeof PREVIEW_GRANT_TYPE;
  /** The story's published id (the server previews its draft if there is one). */
  documentId: string;
  createdAt: string;
}

/** The grant for `documentId` (draft or published id) under the random `uuid`. */
export function previewGrant(documentId: string, uuid: string, now: Date): PreviewGrant {
  const published = documentId.startsWith('drafts.') ? documentId.slice('drafts.'.length) : documentId;
  return { _id: `${PREVIEW_GRANT_ID_PREFIX}${uuid}`, _type: PREVIEW_GRANT_TYPE, documentId: published, createdAt: now.toISOString() };
}

/** What the action needs of a Sanity client: creating one document. */
export interface GrantWriter {
  create(document: PreviewGrant): Promise<unknown>;
}

/**
 * Creates a grant for `documentId` and returns the site server's URL that redeems it. `uuid` comes
 * from `crypto.randomUUID()`: unguessable, so the grant URL is as good as the session that made it.
 */
export async function requestPreviewUrl(
  client: GrantWriter,
  documentId: string,
  options: { baseUrl: string; uuid: string; now: Date },
): Promise<string> {
  await client.create(previewGrant(documentId, options.uuid, options.now));
  return `${options.baseUrl}/xem-truoc/cap-quyen/?grant=${encodeURIComponent(options.uuid)}`;
}

export const PreviewAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion: API_VERSION });
  if (!PREVIEWABLE_TYPES.has(props.type)) return null;
  const baseUrl = previewBaseUrl();
  return {
    label: 'Xem trước',
    title: baseUrl ? 'Mở bản nháp trong giao diện của trang, ở một thẻ mới (đường dẫn dùng được 30 phút).' : 'Chưa cấu hình SANITY_STUDIO_PREVIEW_URL nên chưa xem trước được.',
    disabled: !baseUrl || (!props.draft && !props.published),
    onHandle: () => {
      if (!baseUrl) return;
      // Opened now, inside the click, so the browser does not block it as a pop-up; filled in below.
      const tab = window.open('', '_blank');
      requestPreviewUrl(client, props.id, { baseUrl, uuid: crypto.randomUUID(), now: new Date() }).then(
        (url) => {
          if (tab) tab.location.href = url;
          else window.location.assign(url);
        },
        (error: unknown) => {
          tab?.close();
          window.alert(`Không tạo được quyền xem trước cho ${props.id}: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      props.onComplete();
    },
  };
};
PreviewAction.displayName = 'PreviewAction';
