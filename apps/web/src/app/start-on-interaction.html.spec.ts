import {
  APP_READY_EVENT,
  READING_PAGE_ATTRIBUTE,
  loadCodeAfterContent,
  startOnInteraction,
  withContentFirst,
} from './start-on-interaction.html';

const page = (htmlAttributes: string) =>
  [
    `<!DOCTYPE html><html lang="fr"${htmlAttributes}><head><link rel="stylesheet" href="styles-A.css">`,
    '<link rel="modulepreload" fetchpriority="low" href="chunk-ROUTE.js"></head><body>',
    '<agora-root><h1>Résultats du vote</h1><p>&lt;link rel="modulepreload" href="evil.js"&gt;</p></agora-root>',
    '<link rel="modulepreload" href="chunk-CORE.js"><script src="main-MAIN.js" type="module" nonce="n1"></script>',
    '</body></html>',
  ].join('');

describe('startOnInteraction', () => {
  it('leaves other pages as they are', () => {
    expect(startOnInteraction(page(''), 'n1')).toBe(page(''));
  });

  describe('on a reading page', () => {
    const html = startOnInteraction(page(` ${READING_PAGE_ATTRIBUTE}=""`), 'n1');

    it('loads no code up front', () => {
      expect(html).not.toContain('<link rel="modulepreload"');
      expect(html).not.toContain('<script src=');
    });

    it('keeps the content and the stylesheet', () => {
      expect(html).toContain('<h1>Résultats du vote</h1>');
      expect(html).toContain('<link rel="stylesheet" href="styles-A.css">');
      // Text written by people is escaped in the HTML: never taken for a tag to move.
      expect(html).toContain('<p>&lt;link rel="modulepreload" href="evil.js"&gt;</p>');
    });

    it('hands the code to a starter script carrying the response nonce, at the end of the body', () => {
      const starter = /<script nonce="n1">(.*)<\/script><\/body><\/html>$/.exec(html);
      expect(starter).not.toBeNull();
      expect(starter![1]).toContain('["chunk-ROUTE.js","chunk-CORE.js","main-MAIN.js"]');
      expect(starter![1]).toContain('main="main-MAIN.js"');
    });

    const script = /<script nonce="n1">(.*)<\/script>/.exec(html)![1];
    /** Runs the starter in a fake DOM; listeners are kept by event type. */
    const run = (storedLocale: string | null, pageLang = 'fr') => {
      const added: Array<{ tag: string; attributes: Record<string, string> }> = [];
      const listeners = new Map<string, (event?: unknown) => void>();
      const documentListeners = new Map<string, () => void>();
      const element = (tag: string) => {
        const attributes: Record<string, string> = {};
        const node = { tag, attributes, setAttribute: (k: string, v: string) => (attributes[k] = v) };
        return new Proxy(node, {
          set: (target, key, value) => ((attributes[String(key)] = value), true),
          get: (target, key) =>
            key in target ? target[key as keyof typeof target] : attributes[String(key)],
        });
      };
      const append = (node: { tag: string; attributes: Record<string, string> }) => added.push(node);
      const document = {
        createElement: element,
        documentElement: { lang: pageLang },
        head: { appendChild: append },
        body: { appendChild: append },
        addEventListener: (type: string, listener: () => void) => documentListeners.set(type, listener),
      };
      const window = {
        localStorage: { getItem: () => storedLocale },
        navigator: {},
        addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
        removeEventListener: (type: string) => listeners.delete(type),
        setTimeout: (callback: () => void) => callback(),
      };
      new Function('document', 'window', script)(document, window);
      return { added, listeners, documentListeners };
    };

    it('keeps what the visitor does in form fields from the app until it is ready, then hands it over', () => {
      const { listeners, documentListeners } = run(null);
      const field = (tagName: string, type: string, value: string, checked = false) => ({
        tagName,
        type,
        value,
        checked,
        dispatched: [] as string[],
        dispatchEvent(event: Event) {
          this.dispatched.push(`${event.type}${event.bubbles ? ' bubbles' : ''}`);
          return true;
        },
      });
      const box = field('INPUT', 'checkbox', 'on', true);
      const points = field('INPUT', 'number', '3');
      const picked = field('SELECT', 'select-one', 'Sport');
      const button = field('BUTTON', 'button', '');
      const stopped: string[] = [];
      const fire = (type: string, target: unknown, name: string) =>
        listeners.get(type)!({ target, stopImmediatePropagation: () => stopped.push(`${type} ${name}`) });
      fire('change', box, 'box');
      fire('input', points, 'points');
      points.value = '4';
      fire('input', points, 'points');
      fire('change', picked, 'picked');
      fire('change', button, 'button');
      // Angular's event replay never sees them (it would read what hydration wrote in the fields).
      expect(stopped).toEqual(['change box', 'input points', 'input points', 'change picked']);

      // Hydration writes the app's state (nothing chosen yet) into the fields.
      box.checked = false;
      points.value = '0';
      picked.value = '';
      documentListeners.get(APP_READY_EVENT)!();
      expect(box.checked).toBe(true);
      expect(points.value).toBe('4');
      expect(picked.value).toBe('Sport');
      for (const f of [box, points, picked])
        expect(f.dispatched).toEqual(['input bubbles', 'change bubbles']);
      expect(button.dispatched).toEqual([]);
      // The app is in charge from then on.
      expect(listeners.has('input')).toBe(false);
      expect(listeners.has('change')).toBe(false);
    });

    it('starts the app at the first interaction, or at once on a device that chose another language than the page', () => {
      const french = run(null);
      expect(french.added).toEqual([]);
      expect([...french.listeners.keys()]).toEqual(
        expect.arrayContaining(['pointerdown', 'touchstart', 'keydown', 'focusin', 'load']),
      );
      french.listeners.get('load')!();
      expect(
        french.added.map((node) => `${node.tag} ${node.attributes['rel']} ${node.attributes['href']}`),
      ).toEqual([
        'link modulepreload chunk-ROUTE.js',
        'link modulepreload chunk-CORE.js',
        'link modulepreload main-MAIN.js',
      ]);
      french.listeners.get('pointerdown')!();
      expect(french.added.at(-1)).toMatchObject({
        tag: 'script',
        attributes: { type: 'module', src: 'main-MAIN.js' },
      });
      expect(french.listeners.has('keydown')).toBe(false);

      const english = run('en');
      expect(english.added.at(-1)).toMatchObject({ tag: 'script', attributes: { src: 'main-MAIN.js' } });
      expect(english.listeners.has('pointerdown')).toBe(false);

      // The server already rendered the page in the device's language (it had its cookie): wait.
      const renderedInEnglish = run('en', 'en');
      expect(renderedInEnglish.added).toEqual([]);
      expect(renderedInEnglish.listeners.has('pointerdown')).toBe(true);
    });
  });

  it('writes no nonce when the response has no policy asking for one', () => {
    expect(startOnInteraction(page(` ${READING_PAGE_ATTRIBUTE}=""`), null)).toContain(
      '<script>(function(d,w)',
    );
  });
});

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

describe('loadCodeAfterContent', () => {
  const page = (htmlAttributes: string) =>
    `<html lang="fr"${htmlAttributes}><body><h1>Accueil</h1><link rel="modulepreload" href="chunk-A.js"><script src="main-B.js" type="module"></script></body></html>`;

  it('starts a reading page at the first interaction', () => {
    const html = loadCodeAfterContent(page(` ${READING_PAGE_ATTRIBUTE}=""`), 'n1');
    expect(html).not.toContain('<script src=');
    expect(html).toContain('<script nonce="n1">(function(d,w)');
  });

  it('fetches any other page’s code after its stylesheet', () => {
    expect(loadCodeAfterContent(page(''), 'n1')).toBe(withContentFirst(page('')));
    expect(loadCodeAfterContent(page(''), 'n1')).toContain(
      '<script src="main-B.js" type="module" fetchpriority="low">',
    );
  });
});
