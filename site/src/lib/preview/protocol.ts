// Messages between the site server (./renderer.ts) and the preview renderer child (./render-worker.ts).
import type { DraftStory } from './draft-story.ts';

export type RenderRequest =
  | { id: number; type: 'render'; documentId: string; /** ISO instant: the preview's clock. */ now: string }
  | { id: number; type: 'image'; key: string };

/** A rendered story page, or why there is none (the other DraftStory outcomes). */
export type RenderResult = { kind: 'story'; html: string } | Exclude<DraftStory, { kind: 'story' }>;

export type RenderReply =
  | { id: number; type: 'ready' }
  | { id: number; type: 'render'; result: RenderResult }
  | { id: number; type: 'image'; found: false }
  | { id: number; type: 'image'; found: true; contentType: string; body: Uint8Array }
  | { id: number; type: 'error'; message: string };
