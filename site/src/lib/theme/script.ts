// The one inline script of every page (budget ≤ 500 bytes; a page's inline JS ≤ 1 KB in total).
// Runs in <head> before first paint: sets <html data-theme="light|dark"> from the saved choice
// (localStorage "theme") or else the system preference (and follows system changes while nothing
// is saved); keeps aria-pressed of the header's toggle button (#giao-dien; pressed = dark) in step
// and handles its clicks, saving the choice. Without JavaScript no data-theme is set: the CSS
// follows prefers-color-scheme and hides the toggle. ES5 syntax, so older phone browsers parse it.
export const THEME_TOGGLE_ID = 'giao-dien';

export const themeScript =
  '(function(){var d=document,r=d.documentElement,m=matchMedia("(prefers-color-scheme:dark)"),s,c,b;' +
  'try{s=localStorage.theme}catch(e){}' +
  'function a(){r.dataset.theme=c=s=="dark"||s=="light"?s:m.matches?"dark":"light";' +
  '(b=d.getElementById("giao-dien"))&&b.setAttribute("aria-pressed",c=="dark")}' +
  'a();m.onchange=a;d.addEventListener("DOMContentLoaded",a);' +
  'd.addEventListener("click",function(e){if(e.target.closest("#giao-dien")){' +
  's=c=="dark"?"light":"dark";a();try{localStorage.theme=s}catch(e){}}})})()';
