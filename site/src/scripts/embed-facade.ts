// <gs-embed>: the click-to-load player of an embed facade (components/pt/MediaEmbed.tsx renders the
// element around a plain link to the provider's page; see components/pt/embeds.ts). Inlined (no
// script file) on the story pages that have a facade; the build minifies it (≤ 500 bytes, and the
// page's inline JS stays ≤ 1 KB in total): see inline.ts.
//
// A plain click on the link swaps it for the player's iframe, so nothing from the provider loads
// before the reader asks for it; a modified click (new tab, new window) is left to the browser.
import { EMBED_SRC, EMBED_TAG, EMBED_TITLE } from './ids.ts';

customElements.define(
  EMBED_TAG,
  class extends HTMLElement {
    connectedCallback() {
      this.onclick = (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        const frame = document.createElement('iframe');
        frame.src = this.getAttribute(EMBED_SRC)!;
        frame.title = this.getAttribute(EMBED_TITLE)!;
        frame.allow = 'autoplay;encrypted-media;fullscreen;picture-in-picture';
        frame.allowFullscreen = true;
        this.replaceChildren(frame);
        // Keyboard and screen reader users land on the player they asked for.
        frame.focus();
      };
    }
  },
);
