export interface LighthouseFigures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

/** Lighthouse's own Chromium launcher, pointed at Debian's Chromium, headless and without a sandbox. */
export async function startLighthouseChrome(
  chromePath: string,
): Promise<{ port: number; kill(): Promise<void> }> {
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
    ],
  });
  return { port: chrome.port, kill: async () => chrome.kill() };
}

/**
 * One Lighthouse run with the default (mobile) configuration: a Moto G Power class phone, simulated
 * slow 4G and a 4× slower CPU. Lighthouse clears the cache before it loads the page.
 */
export async function runLighthouse(
  port: number,
  url: string,
  cookieHeader: string | null,
): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    extraHeaders: cookieHeader ? { Cookie: cookieHeader } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
  };
}
