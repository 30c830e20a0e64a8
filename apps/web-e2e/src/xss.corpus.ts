/**
 * XSS payloads for the browser test (issue 7, security tests). Each payload, if it ever ran, would
 * call `__xss(n)` (or `alert(n)`, which the test also traps) with its own number, so a failure names
 * the payload that got through. Families: script tags, event handlers, javascript:/data: URLs,
 * SVG/MathML, mutation XSS, Angular template injection, CSS, broken markup and attribute breakouts,
 * encodings, polyglots and server-rendering breakouts.
 *
 * Sources for the shapes: the OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet,
 * the Cure53 mXSS papers and Angular's own security guide (template injection).
 */
export interface XssPayload {
  /** The number the payload passes to the detector. */
  id: number;
  family: string;
  text: string;
}

type Template = (js: string, n: number) => string;

const SCRIPT_TAGS: Template[] = [
  (js) => `<script>${js}</script>`,
  (js) => `<SCRIPT>${js}</SCRIPT>`,
  (js) => `<ScRiPt>${js}</sCrIpT>`,
  (js) => `<script type="text/javascript">${js}</script>`,
  (js) => `<script type="module">${js}</script>`,
  (js) => `<script>/*</script>*/${js}</script>`,
  (js) => `<script\x20type="text/javascript">${js};</script>`,
  (js) => `<script src="data:text/javascript,${js}"></script>`,
  (js) => `<script src=//127.0.0.1:1/${js}.js></script>`,
  (js) => `<<script>${js};//<</script>`,
  (js) => `<script>setTimeout('${js}')</script>`,
  (js) => `<script>eval('${js}')</script>`,
  (js) => `<script>new Function('${js}')()</script>`,
  (js) => `<script >${js}</script >`,
  (js) => `<script/x>${js}</script>`,
  (js) => `<script\n>${js}</script>`,
];

const ELEMENT_EVENTS: Array<[string, string]> = [
  ['img src=x', 'onerror'],
  ['img src=/nope.png', 'onerror'],
  ['image src=x', 'onerror'],
  ['svg', 'onload'],
  ['body', 'onload'],
  ['body', 'onpageshow'],
  ['iframe', 'onload'],
  ['input autofocus', 'onfocus'],
  ['input', 'onmouseover'],
  ['textarea autofocus', 'onfocus'],
  ['select autofocus', 'onfocus'],
  ['button autofocus', 'onfocus'],
  ['a href=# autofocus', 'onfocus'],
  ['div tabindex=1 autofocus', 'onfocusin'],
  ['details open', 'ontoggle'],
  ['video src=x', 'onerror'],
  ['audio src=x', 'onerror'],
  ['video><source', 'onerror'],
  ['object data=x', 'onerror'],
  ['marquee', 'onstart'],
  ['style', 'onload'],
  ['link rel=stylesheet href=x', 'onerror'],
  ['embed src=x', 'onerror'],
  ['form><button', 'onclick'],
  ['div style="width:100%;height:100%;position:fixed;top:0;left:0"', 'onmouseover'],
  ['p style="animation-name:spin;animation-duration:1s"', 'onanimationstart'],
  ['x style="transition:color 1s" id=t', 'ontransitionend'],
  ['input type=image src=x', 'onerror'],
  ['isindex type=image src=x', 'onerror'],
  ['frameset', 'onload'],
  ['table background=x', 'onerror'],
  ['track src=x', 'onerror'],
  ['picture><img src=x', 'onerror'],
  ['keygen autofocus', 'onfocus'],
  ['math><maction actiontype=statusline', 'onclick'],
  ['svg><animate attributeName=x dur=1s', 'onbegin'],
  ['svg><set attributeName=x dur=1s', 'onbegin'],
  ['body', 'onresize'],
  ['body', 'onhashchange'],
  ['body', 'onscroll'],
  ['img src=x', 'onload'],
  ['meter value=2 min=0 max=10', 'onmouseover'],
  ['bdo', 'onpointerenter'],
  ['dialog open', 'onclose'],
  ['slot', 'onclick'],
];

const HANDLER_SHAPES: Template[] = [
  (js) => `=${js}`,
  (js) => `="${js}"`,
  (js) => `='${js}'`,
  (js) => `=\`${js}\``,
];

const URL_SCHEMES: Template[] = [
  (js) => `<a href="javascript:${js}">lien</a>`,
  (js) => `<a href="JaVaScRiPt:${js}">lien</a>`,
  (js) => `<a href=" javascript:${js}">lien</a>`,
  (js) => `<a href="java\tscript:${js}">lien</a>`,
  (js) => `<a href="&#106;avascript:${js}">lien</a>`,
  (js) => `<a href="&#x6A;&#x61;vascript:${js}">lien</a>`,
  (js) => `<a href="javascript&colon;${js}">lien</a>`,
  (js) => `<a href="data:text/html,<script>${js}</script>">lien</a>`,
  (js, n) => `<a href="data:text/html;base64,${btoa(`<script>__xss(${n})</script>`)}">lien</a>`,
  (js) => `<iframe src="javascript:${js}"></iframe>`,
  (js) => `<iframe srcdoc="<script>parent.${js}</script>"></iframe>`,
  (js) => `<form action="javascript:${js}"><input type=submit></form>`,
  (js) => `<form><button formaction="javascript:${js}">x</button></form>`,
  (js) => `<object data="javascript:${js}"></object>`,
  (js) => `<embed src="javascript:${js}">`,
  (js) => `<base href="javascript:${js}//"><a href=x>x</a>`,
  (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`,
  (js) => `<link rel=import href="data:text/html,<script>${js}</script>">`,
  (js) => `<math href="javascript:${js}">clic</math>`,
  (js) => `<svg><a xlink:href="javascript:${js}"><text x=20 y=20>x</text></a></svg>`,
  (js) => `<img src="javascript:${js}">`,
  (js) => `<area href="javascript:${js}">`,
  (js) => `[clic](javascript:${js})`,
  (js) => `javascript:${js}`,
];

const SVG_MATHML: Template[] = [
  (js) => `<svg/onload=${js}>`,
  (js) => `<svg><script>${js}</script></svg>`,
  (js) => `<svg><script href="data:,${js}"/></svg>`,
  (js) => `<svg><foreignObject><img src=x onerror=${js}></foreignObject></svg>`,
  (js) =>
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${js}'/></svg>#x"/></svg>`,
  (js) => `<svg><animate onbegin=${js} attributeName=x dur=1s>`,
  (js) => `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${js}</handler></svg>`,
  (js) => `<svg><style>@import'data:,*{x:expression(${js})}'</style></svg>`,
  (js) => `<svg><title><style><img src=x onerror=${js}></title></svg>`,
  (js) => `<math><mtext><table><mglyph><style><img src=x onerror=${js}>`,
  (js) => `<math><mi xlink:href="javascript:${js}">x</mi></math>`,
  (js) => `<math><annotation-xml encoding="text/html"><img src=x onerror=${js}></annotation-xml></math>`,
  (js) => `<svg><desc><![CDATA[</desc><script>${js}</script>]]></svg>`,
  (js) => `<svg xmlns="http://www.w3.org/2000/svg"><g onload="${js}"></g></svg>`,
  (js) => `<svg><image href=x onerror=${js} /></svg>`,
];

const MUTATION: Template[] = [
  (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`,
  (js) => `<style><style/><img src=x onerror=${js}>`,
  (js) => `<template><img src=x onerror=${js}></template>`,
  (js) => `<xmp></xmp><img src=x onerror=${js}></xmp>`,
  (js) => `<iframe><img src=x onerror=${js}></iframe>`,
  (js) => `<noembed><img title="</noembed><img src=x onerror=${js}>"></noembed>`,
  (js) => `<textarea></textarea><img src=x onerror=${js}>`,
  (js) => `<title></title><img src=x onerror=${js}>`,
  (js) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${js}>`,
  (js) => `<svg></p><style><a id="</style><img src=x onerror=${js}>">`,
  (js) => `<a title="<img src=x onerror=${js}>">survol</a>`,
  (js) => `<!--><img src=x onerror=${js}>-->`,
  (js) => `<![CDATA[><img src=x onerror=${js}>]]>`,
  (js) => `<?xml-stylesheet ><img src=x onerror=${js}>?>`,
  (js) => `<table><a href=x><td><img src=x onerror=${js}></td></a></table>`,
  (js) => `<select><template><img src=x onerror=${js}></template></select>`,
  (js) => `<div id="<img src=x onerror=${js}>"></div>`,
  (js) => `<plaintext><img src=x onerror=${js}>`,
];

const ANGULAR: Template[] = [
  (js) => `{{constructor.constructor('${js}')()}}`,
  (js) => `{{ constructor.constructor("${js}")() }}`,
  (js) => `{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };${js}//');}}`,
  (js) => `{{$on.constructor('${js}')()}}`,
  (js) =>
    `{{toString.constructor.prototype.toString=toString.constructor.prototype.call;["a","${js}"].sort(toString.constructor)}}`,
  (js) => `<div ng-app ng-csp><input autofocus ng-focus="$event.view.${js}"></div>`,
  (js) => `<div ng-app>{{constructor.constructor('${js}')()}}</div>`,
  (js) => `{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=${js}');}}`,
  (js) => `<div [innerHTML]="'<img src=x onerror=${js}>'"></div>`,
  (js) => `<img src=x (error)="${js}">`,
  (js) => `<button (click)="${js}">bouton</button>`,
  (js) => `\${${js}}`,
  (js) => `#{${js}}`,
  (js) => `<%= ${js} %>`,
  (js) => `{{#with "s" as |string|}}{{string.constructor '${js}'}}{{/with}}`,
];

const CSS: Template[] = [
  (js) => `<div style="background:url(javascript:${js})">fond</div>`,
  (js) => `<div style="width:expression(${js})">ie</div>`,
  (js) => `<style>@import 'javascript:${js}';</style>`,
  (js) => `<style>body{background:url("javascript:${js}")}</style>`,
  (js) => `<link rel="stylesheet" href="javascript:${js}">`,
  (js) => `<div style="behavior:url(x.htc)" onmouseover=${js}>htc</div>`,
  (js) => `<style>*{-moz-binding:url("data:,${js}")}</style>`,
  (js) => `<div style="x:\\65xpression(${js})">esc</div>`,
  (js) => `<style>@keyframes x{}</style><p style="animation-name:x" onanimationend=${js}>`,
  (js) => `</style><img src=x onerror=${js}>`,
];

const BREAKOUTS: Template[] = [
  (js) => `"><script>${js}</script>`,
  (js) => `'><script>${js}</script>`,
  (js) => `"><img src=x onerror=${js}>`,
  (js) => `'><img src=x onerror=${js}>`,
  (js) => `" onmouseover="${js}" x="`,
  (js) => `' onfocus='${js}' autofocus='`,
  (js) => `" autofocus onfocus="${js}`,
  (js) => `</textarea><script>${js}</script>`,
  (js) => `</title><script>${js}</script>`,
  (js) => `</script><script>${js}</script>`,
  (js) => `</style><script>${js}</script>`,
  (js) => `--></script><script>${js}</script>`,
  (js) => `';${js};//`,
  (js) => `";${js};//`,
  (js) => `\\';${js};//`,
  (js) => `'-${js}-'`,
  (js) => `"-${js}-"`,
  (js) => `</option></select><img src=x onerror=${js}>`,
  (js) => `<img src="x" onerror="${js}"`,
  (js) => `<img src=x onerror=${js}//`,
  (js) => `<img src=x onerror="${js}`,
  (js) => `<img """><script>${js}</script>">`,
  (js) => `<img src=\`x\`onerror=${js}>`,
  (js) => `<IMG SRC=# onmouseover="${js}">`,
  (js) => `<a/href="javascript:${js}">slash</a>`,
  (js) => `<img\nsrc=x\nonerror=${js}>`,
  (js) => `<img/src=x/onerror=${js}>`,
  (js) => `<div onmouseover\n=\n${js}>nl</div>`,
  (js) => `<scr<script>ipt>${js}</scr</script>ipt>`,
  (js) => `<<img src=x onerror=${js}>>`,
];

const ENCODINGS: Template[] = [
  (js) => `&lt;script&gt;${js}&lt;/script&gt;`,
  (js) => `&#60;script&#62;${js}&#60;/script&#62;`,
  (js) => `&#x3C;img src=x onerror=${js}&#x3E;`,
  (js) => `%3Cscript%3E${js}%3C%2Fscript%3E`,
  (js) => `%253Cscript%253E${js}%253C%252Fscript%253E`,
  (js) => `\\u003cscript\\u003e${js}\\u003c/script\\u003e`,
  (js) => `\\x3cscript\\x3e${js}\\x3c/script\\x3e`,
  (js) => `＜script＞${js}＜/script＞`,
  (js) => `<img src=x onerror="&#x5F;&#x5F;xss(${js.replace(/\D/g, '')})">`,
  (js) => `<img src=x onerror=\\u005f\\u005fxss(${js.replace(/\D/g, '')})>`,
  (js) => `<img src=x onerror=eval(atob('${btoa(js)}'))>`,
  (js) => `<img src=x onerror=eval(String.fromCharCode(${[...js].map((c) => c.charCodeAt(0)).join(',')}))>`,
  (js) => `<img src=x onerror=eval('\\x5f\\x5fxss(${js.replace(/\D/g, '')})')>`,
  (js) => `<img src=x onerror=top['__x'+'ss'](${js.replace(/\D/g, '')})>`,
  (js) => `<img src=x onerror=window['\\u005f_xss'](${js.replace(/\D/g, '')})>`,
  (js) => `<img src=x onerror=location='javascript:${encodeURIComponent(js)}'>`,
  (js) => `+ADw-script+AD4-${js}+ADw-/script+AD4-`,
  (js) => `<scr\u0131pt>${js}</scr\u0131pt>`,
  (js) => `<img src=x onerror=${js}&#x20;>`,
  (js) =>
    `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${js}">ent</a>`,
  (js) => `<a href="javas&#99;ript:${js}">ent</a>`,
  (js) => `<a href="%6A%61%76%61%73%63%72%69%70%74:${js}">pct</a>`,
  (js) => `<img src=x onerror=&#95;&#95;xss(${js.replace(/\D/g, '')})>`,
  (js) => `<svg><script>&#95;&#95;xss(${js.replace(/\D/g, '')})</script></svg>`,
  (js) => `<img src=x onerror=\`${js}\`>`,
];

const POLYGLOTS: Template[] = [
  (js) =>
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${js} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${js}//>\\x3e`,
  (js) =>
    `'">><marquee><img src=x onerror=${js}></marquee>"></plaintext\\></|\\><plaintext/onmouseover=${js}>`,
  (js) => `" onclick=${js}//<button ' onclick=${js}//> */ ${js}//`,
  (js) => `';${js}//';${js}//";${js}//";${js}//--></SCRIPT>">'><SCRIPT>${js}</SCRIPT>`,
  (js) => `-->'"/></sCript><deTailS open x=">" ontoggle=(co\\u006efirm)\`\`>${js}`,
  (js) => `javascript://'/</title></style></textarea></script>--><p" onclick=${js}//>*/${js}/*`,
  (js) => `/*</script><svg onload=${js}>*/`,
  (js) => `">'><details/open/ontoggle=${js}>`,
  (js) => `<svg/onload=${js}//</svg>"><img src=x onerror=${js}>{{constructor.constructor('${js}')()}}`,
  (js) => `\u2028\u2029</script><script>${js}</script>`,
  (js) => `{"__proto__":{"innerHTML":"<img src=x onerror=${js}>"}}`,
  (js) => `<!--<img src="--><img src=x onerror=${js}//">`,
];

/** Families whose payload calls `alert(n)` rather than the detector, so both traps are exercised. */
const ALERT_FAMILIES = new Set(['script', 'svg-mathml']);

function build(): XssPayload[] {
  const out: XssPayload[] = [];
  const seen = new Set<string>();
  const add = (family: string, make: (js: string, n: number) => string) => {
    const n = out.length + 1;
    const js = ALERT_FAMILIES.has(family) && n % 2 === 0 ? `alert(${n})` : `__xss(${n})`;
    const text = make(js, n);
    if (seen.has(text)) throw new Error(`duplicate XSS payload ${text}`);
    seen.add(text);
    out.push({ id: n, family, text });
  };
  for (const t of SCRIPT_TAGS) add('script', t);
  ELEMENT_EVENTS.forEach(([element, event], i) =>
    add('event-handler', (js) => `<${element} ${event}${HANDLER_SHAPES[i % HANDLER_SHAPES.length](js, 0)}>`),
  );
  for (const t of URL_SCHEMES) add('url', t);
  for (const t of SVG_MATHML) add('svg-mathml', t);
  for (const t of MUTATION) add('mutation', t);
  for (const t of ANGULAR) add('template-injection', t);
  for (const t of CSS) add('css', t);
  for (const t of BREAKOUTS) add('breakout', t);
  for (const t of ENCODINGS) add('encoding', t);
  for (const t of POLYGLOTS) add('polyglot', t);
  return out;
}

export const XSS_PAYLOADS: readonly XssPayload[] = build();

/**
 * The corpus cut into strings of at most `max` characters (payloads joined by a separator), so a
 * field of that length carries all of them over `chunks.length` objects. A payload longer than
 * `max` is skipped for that field (and reported by `skippedFor`).
 */
export function packCorpus(max: number, separator = ' ¦ '): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const { text } of XSS_PAYLOADS) {
    if (text.length > max) continue;
    const next = current ? `${current}${separator}${text}` : text;
    if (next.length > max) {
      chunks.push(current);
      current = text;
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** The payloads too long for a field of `max` characters. */
export function skippedFor(max: number): number[] {
  return XSS_PAYLOADS.filter((p) => p.text.length > max).map((p) => p.id);
}
