// The theme script: the one inline script of every page, first in <head> (Base.astro), so the theme
// is set before first paint (no flash of the wrong colours). The build minifies it (≤ 500 bytes; a
// story page's inline JS stays ≤ 1 KB in total): see inline.ts.
//
// Sets <html data-theme="light|dark"> from the reader's saved choice (localStorage "theme") or else
// the system preference, and follows system changes while nothing is saved. Keeps aria-pressed of
// the header's toggle button (pressed = dark) in step and handles its clicks, saving the choice.
// Without JavaScript no data-theme is set: the CSS follows prefers-color-scheme and hides the toggle.
//
// ES5 syntax only (var, function), so older phone browsers still parse it; the build checks the
// output against ES5. The click listener is on the document because the button is parsed after
// this script runs.
/* eslint-disable no-var -- ES5 on purpose, see above */
import { THEME_TOGGLE_ID } from './ids.ts';

var doc = document;
var root = doc.documentElement;
var systemDark = matchMedia('(prefers-color-scheme:dark)');
/** The saved choice, "dark" or "light" (anything else is ignored). */
var saved: string | undefined;
/** The theme in effect. */
var current: string;

try {
  saved = localStorage.theme;
} catch {
  // Storage blocked (privacy settings): follow the system.
}

function apply() {
  root.dataset.theme = current = saved == 'dark' || saved == 'light' ? saved : systemDark.matches ? 'dark' : 'light';
  // null until the header is parsed; DOMContentLoaded runs apply() again.
  var toggle = doc.getElementById(THEME_TOGGLE_ID);
  // setAttribute turns the boolean into "true" / "false".
  if (toggle) toggle.setAttribute('aria-pressed', (current == 'dark') as unknown as string);
}

apply();
systemDark.onchange = apply;
doc.addEventListener('DOMContentLoaded', apply);
doc.addEventListener('click', function (event) {
  if ((event.target as Element).closest('#' + THEME_TOGGLE_ID)) {
    saved = current == 'dark' ? 'light' : 'dark';
    apply();
    try {
      localStorage.theme = saved;
    } catch {
      // Not saved (storage blocked): the choice lasts for this page only.
    }
  }
});
