// The phones' main navigation disclosure: the "Mục lục" button shows and hides the list. CSS decides
// everything else from first paint (the button shows only on narrow screens with scripting enabled,
// so nothing moves when this runs; without JavaScript the list is a plain wrapped list). Loaded by
// Base.astro's processed <script>. Escape closes the open list and returns focus to the button.
import { SITE_NAV_TOGGLE } from './ids.ts';

const button = document.querySelector<HTMLButtonElement>(`[${SITE_NAV_TOGGLE}]`);
if (button) {
  const set = (open: boolean) => button.setAttribute('aria-expanded', String(open));
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  button.parentElement?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
}
