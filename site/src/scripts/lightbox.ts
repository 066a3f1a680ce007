// <gs-lightbox>: the photo essay's and the infographic's pictures, full size in a modal <dialog>.
// Without JavaScript each picture is a plain link to its full-size file (components/pt/ZoomFigure.tsx),
// so nothing here is needed to see it. Loaded by StoryPage.astro's processed <script> on those layouts.
//
// Keyboard: the links are ordinary links (Enter opens); in the dialog ← / → move to the previous /
// next picture, Esc closes (the dialog's own `cancel`), and focus goes back to the link that opened
// it. The picture keeps its alt text; its caption is shown under it. A click on the picture toggles
// between "fit the screen" and its natural size (scrollable, and pinch-zoom stays on: infographics).
import { LIGHTBOX_ITEM, LIGHTBOX_TAG } from './ids.ts';

function button(label: string, className: string, text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.setAttribute('aria-label', label);
  b.textContent = text;
  return b;
}

class Lightbox extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private index = 0;
  private opener: HTMLElement | null = null;
  private dialog: HTMLDialogElement | null = null;

  connectedCallback() {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>(`a[${LIGHTBOX_ITEM}]`)];
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>(`a[${LIGHTBOX_ITEM}]`);
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      this.open(this.links.indexOf(link), link);
    });
  }

  private build(): HTMLDialogElement {
    const dialog = document.createElement('dialog');
    dialog.className = 'lightbox';
    dialog.setAttribute('aria-label', 'Ảnh phóng to');
    const figure = document.createElement('figure');
    const frame = document.createElement('div');
    frame.className = 'lightbox__frame';
    const img = document.createElement('img');
    img.addEventListener('click', () => frame.classList.toggle('lightbox__frame--natural'));
    frame.append(img);
    const caption = document.createElement('figcaption');
    figure.append(frame, caption);
    const close = button('Đóng', 'lightbox__close', '×');
    const previous = button('Ảnh trước', 'lightbox__prev', '‹');
    const next = button('Ảnh sau', 'lightbox__next', '›');
    const count = document.createElement('p');
    count.className = 'lightbox__count';
    close.addEventListener('click', () => dialog.close());
    previous.addEventListener('click', () => this.show(this.index - 1));
    next.addEventListener('click', () => this.show(this.index + 1));
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') this.show(this.index - 1);
      else if (event.key === 'ArrowRight') this.show(this.index + 1);
      else return;
      event.preventDefault();
    });
    // A click on the backdrop (the dialog box itself, outside its content) closes it too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => this.opener?.focus());
    dialog.append(close, figure, count, previous, next);
    this.append(dialog);
    return dialog;
  }

  private open(index: number, opener: HTMLElement) {
    this.opener = opener;
    this.dialog ??= this.build();
    this.show(index);
    this.dialog.showModal();
    this.dialog.querySelector<HTMLButtonElement>('.lightbox__close')!.focus();
  }

  private show(index: number) {
    const dialog = this.dialog;
    const total = this.links.length;
    if (!dialog || total === 0) return;
    this.index = (index + total) % total;
    const link = this.links[this.index]!;
    const source = link.querySelector('img');
    const img = dialog.querySelector('img')!;
    img.src = link.href;
    img.alt = source?.alt ?? '';
    dialog.querySelector('.lightbox__frame')!.classList.remove('lightbox__frame--natural');
    const caption = link.closest('figure')?.querySelector('figcaption');
    const captionText = caption ? [...caption.childNodes].filter((n) => !(n instanceof HTMLDetailsElement)).map((n) => n.textContent).join('').trim() : '';
    dialog.querySelector('figcaption')!.textContent = captionText;
    dialog.querySelector('.lightbox__count')!.textContent = `Ảnh ${this.index + 1}/${total}`;
    for (const b of dialog.querySelectorAll<HTMLButtonElement>('.lightbox__prev, .lightbox__next')) b.hidden = total < 2;
  }
}

customElements.define(LIGHTBOX_TAG, Lightbox);
