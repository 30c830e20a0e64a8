import { DOCUMENT } from '@angular/common';
import { ApplicationConfig, CSP_NONCE, REQUEST_CONTEXT, inject, mergeApplicationConfig } from '@angular/core';
import { BEFORE_APP_SERIALIZED } from '@angular/platform-server';
import { provideServerRendering, withRoutes } from '@angular/ssr';

import { provideServerHttpBackend } from '@agora/web-core';

import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import type { PageRenderContext } from './page-render.context';

function cspNonce(): string | null {
  return (inject(REQUEST_CONTEXT, { optional: true }) as PageRenderContext | null)?.cspNonce ?? null;
}

/**
 * The API's Content-Security-Policy allows no inline script but those carrying this response's nonce.
 * Angular sets it on the event-replay script it adds (CSP_NONCE); the event-dispatch contract comes
 * from the build's index.html without one, so every script element gets it just before the document
 * is serialised. This works on the DOM, never on the HTML text, so user-written text cannot take part.
 */
function stampScriptsWithNonce(): () => void {
  const document = inject(DOCUMENT);
  const nonce = inject(CSP_NONCE, { optional: true });
  return () => {
    if (!nonce) return;
    for (const script of Array.from(document.querySelectorAll('script'))) {
      if (!script.hasAttribute('nonce')) script.setAttribute('nonce', nonce);
    }
  };
}

const serverOnlyConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    provideServerHttpBackend(),
    { provide: CSP_NONCE, useFactory: cspNonce },
    { provide: BEFORE_APP_SERIALIZED, useFactory: stampScriptsWithNonce, multi: true },
  ],
};

export const serverConfig = mergeApplicationConfig(appConfig, serverOnlyConfig);
