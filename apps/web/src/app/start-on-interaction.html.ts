/** Set on `<html>` by the server render of a reading page (route data `readingPage`, issue 7). */
export const READING_PAGE_ATTRIBUTE = 'data-agora-reading-page';

/** Dispatched on `document` by main.ts once the app has rendered its first page (whenFirstPageShown). */
export const APP_READY_EVENT = 'agora:ready';

/** Mirrors LOCALE_STORAGE_KEY in @agora/web-core (this file stays free of Angular for server.ts). */
const LOCALE_STORAGE_KEY = 'agora.locale';

// The tags through which Angular's HTML loads the app's code; the only ones changed here. Text
// people wrote is escaped in the HTML (&lt;…), so it can never match.
const MODULE_PRELOAD = /<link rel="modulepreload"(?: fetchpriority="low")? href="([\w.-]+\.js)">/g;
const MAIN_SCRIPT = /<script src="([\w.-]+\.js)" type="module"([^>]*)><\/script>/;
const READING_PAGE = new RegExp(`<html[^>]*\\s${READING_PAGE_ATTRIBUTE}[\\s=>]`);

/** Whether this server-rendered HTML is a reading page's. */
export function isReadingPageHtml(html: string): boolean {
  return READING_PAGE.test(html);
}

/**
 * How a server-rendered page loads its code (issue 7): a reading page only at the visitor's first
 * interaction (startOnInteraction), any other after what its first paint needs (withContentFirst).
 */
export function loadCodeAfterContent(html: string, cspNonce: string | null): string {
  return READING_PAGE.test(html) ? startOnInteraction(html, cspNonce) : withContentFirst(html);
}

/**
 * A server-rendered page already shows its content: the scripts that hydrate it can wait for the
 * stylesheet and the HTML. Chrome fetches module scripts and `modulepreload` links at high priority,
 * alongside the stylesheet, so on a slow mobile connection they compete with what the first paint
 * needs (and Lighthouse counts them as render-blocking). Marking them `fetchpriority="low"` lets the
 * browser fetch the page's own stylesheet first, then the code. The shell sent to signed-in browsers,
 * whose content needs the code, is not passed through here.
 */
export function withContentFirst(html: string): string {
  return html
    .replace(MODULE_PRELOAD, '<link rel="modulepreload" fetchpriority="low" href="$1">')
    .replace(new RegExp(MAIN_SCRIPT.source, 'g'), (tag: string, src: string, rest: string) =>
      rest.includes('fetchpriority')
        ? tag
        : `<script src="${src}" type="module" fetchpriority="low"${rest}></script>`,
    );
}

/**
 * For a reading page, the server's HTML loads no code up front: a small inline script starts the app
 * at the visitor's first touch, click, key or pointer movement, or at once when the device chose
 * another language than the page's (a choice made before the server knew it from its cookie). Once
 * the page has loaded and the browser is idle, it fetches the code at low priority (unless the
 * visitor asked to save data), so the first tap waits only for the app to start.
 *
 * Until the app has taken over the page (APP_READY_EVENT), what the visitor does in a form field
 * (a box ticked, an option picked, a number typed) stays on screen as the browser shows it, and the
 * script keeps it from Angular's event replay: hydration writes the app's state into the fields, so
 * a replayed event would read that rather than the visitor's choice. Once the app is ready, the script
 * puts each field back as the visitor left it and sends its `input` and `change` events again, which
 * the app then handles as if they had just happened. Other pages are returned unchanged. See
 * READING_PAGE in @agora/web-core for which pages qualify and why.
 */
export function startOnInteraction(html: string, cspNonce: string | null): string {
  if (!READING_PAGE.test(html)) return html;
  const main = MAIN_SCRIPT.exec(html);
  if (!main) return html;
  const chunks = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const withoutCode = html.replace(MODULE_PRELOAD, '').replace(MAIN_SCRIPT, '');
  const nonce = cspNonce ? ` nonce="${cspNonce.replace(/[^A-Za-z0-9+/=]/g, '')}"` : '';
  const starter = `<script${nonce}>${starterScript(chunks, main[1])}</script>`;
  const end = withoutCode.lastIndexOf('</body>');
  return end < 0 ? withoutCode + starter : withoutCode.slice(0, end) + starter + withoutCode.slice(end);
}

/** Plain ES5, so that it runs on any browser that reaches the page; the names come from the build. */
function starterScript(chunks: readonly string[], main: string): string {
  return `(function(d,w){var code=${JSON.stringify([...chunks, main])},main=${JSON.stringify(main)},fetched=0,started=0,
events=["pointerdown","pointerover","touchstart","keydown","focusin"],held=[],ready=0;
function fetchCode(){if(fetched)return;fetched=1;code.forEach(function(href){var l=d.createElement("link");l.rel="modulepreload";l.href=href;l.setAttribute("fetchpriority","low");d.head.appendChild(l)})}
function start(){if(started)return;started=1;events.forEach(function(t){w.removeEventListener(t,start,true)});fetchCode();var s=d.createElement("script");s.type="module";s.src=main;d.body.appendChild(s)}
function box(f){return f.type==="checkbox"||f.type==="radio"}
function hold(e){var f=e.target;if(ready||!f||!/^(INPUT|SELECT|TEXTAREA)$/.test(f.tagName))return;e.stopImmediatePropagation();
held=held.filter(function(h){return h.f!==f});held.push({f:f,v:box(f)?f.checked:f.value})}
function handOver(){ready=1;w.removeEventListener("input",hold,true);w.removeEventListener("change",hold,true);
held.forEach(function(h){var f=h.f;if(box(f))f.checked=h.v;else f.value=h.v;["input","change"].forEach(function(t){f.dispatchEvent(new Event(t,{bubbles:true}))})});held=[]}
w.addEventListener("input",hold,true);w.addEventListener("change",hold,true);d.addEventListener(${JSON.stringify(APP_READY_EVENT)},handOver);
var locale=null;try{locale=w.localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch(e){}
if(locale&&locale!==d.documentElement.lang){start();return}
events.forEach(function(t){w.addEventListener(t,start,{capture:true,passive:true})});
var c=w.navigator.connection;if(!(c&&c.saveData))w.addEventListener("load",function(){(w.requestIdleCallback||w.setTimeout)(fetchCode)})})(document,window);`.replace(
    /\n/g,
    '',
  );
}
