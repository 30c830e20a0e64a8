/**
 * A server-rendered page already shows its content: the scripts that hydrate it can wait for the
 * stylesheet and the HTML. Chrome fetches module scripts and `modulepreload` links at high priority,
 * alongside the stylesheet, so on a slow mobile connection they compete with what the first paint
 * needs (and Lighthouse counts them as render-blocking). Marking them `fetchpriority="low"` lets the
 * browser fetch the page's own stylesheet first, then the code (issue 7). Only the tags Angular
 * writes (`<script src=… type="module">`, `<link rel="modulepreload">`) change; the shell sent to
 * signed-in browsers, whose content needs the code, is not passed through here.
 */
export function withContentFirst(html: string): string {
  return html.replace(
    /<(link rel="modulepreload"|script src="[^"<>]+\.js" type="module")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}
