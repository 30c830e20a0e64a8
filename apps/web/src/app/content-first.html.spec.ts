import { withContentFirst } from './content-first.html';

describe('withContentFirst', () => {
  const page = [
    '<head><link rel="stylesheet" href="styles-A.css"><link rel="modulepreload" href="chunk-B.js"></head>',
    '<body><p>Budget participatif</p><script nonce="n">window.x=1</script>',
    '<link rel="modulepreload" href="chunk-C.js"><script src="main-D.js" type="module" nonce="n"></script></body>',
  ].join('');

  it('fetches the hydration code after what the first paint needs', () => {
    const html = withContentFirst(page);
    expect(html).toContain('<link rel="modulepreload" fetchpriority="low" href="chunk-B.js">');
    expect(html).toContain('<link rel="modulepreload" fetchpriority="low" href="chunk-C.js">');
    expect(html).toContain('<script src="main-D.js" type="module" fetchpriority="low" nonce="n">');
  });

  it('leaves the stylesheet, inline scripts and the content alone', () => {
    const html = withContentFirst(page);
    expect(html).toContain('<link rel="stylesheet" href="styles-A.css">');
    expect(html).toContain('<script nonce="n">window.x=1</script>');
    expect(html.replace(/ fetchpriority="low"/g, '')).toBe(page);
  });

  it('does not mark a tag twice', () => {
    expect(withContentFirst(withContentFirst(page))).toBe(withContentFirst(page));
  });
});
