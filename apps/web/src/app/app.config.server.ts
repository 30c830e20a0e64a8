import { DOCUMENT } from '@angular/common';
import { ApplicationConfig, CSP_NONCE, REQUEST_CONTEXT, inject, mergeApplicationConfig } from '@angular/core';
import { BEFORE_APP_SERIALIZED } from '@angular/platform-server';
import { Router } from '@angular/router';
import { provideServerRendering, withRoutes } from '@angular/ssr';

import {
  DISPLAY_TIME_ZONE,
  RENDER_LOCALE,
  ReadingPageState,
  isReadingPage,
  provideServerHttpBackend,
} from '@agora/web-core';

import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import type { PageRenderContext } from './page-render.context';
import { READING_PAGE_ATTRIBUTE } from './start-on-interaction.html';

const renderContext = () => inject(REQUEST_CONTEXT, { optional: true }) as PageRenderContext | null;

function cspNonce(): string | null {
  return renderContext()?.cspNonce ?? null;
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

/**
 * Marks a reading page (route data `readingPage`) on the document element, unless this rendering of it
 * needs its code at once (ReadingPageState); server.ts then lets the browser start the app's code at
 * the visitor's first interaction rather than at once.
 */
function markReadingPage(): () => void {
  const document = inject(DOCUMENT);
  const router = inject(Router);
  const state = inject(ReadingPageState);
  return () => {
    if (isReadingPage(router.routerState.snapshot.root) && !state.codeNeededAtLoad()) {
      document.documentElement.setAttribute(READING_PAGE_ATTRIBUTE, '');
    }
  };
}

/** The territory's time zone for the dates of server-rendered pages (the server may run in UTC). */
const displayTimeZone = (): string => renderContext()?.timeZone ?? 'Europe/Paris';

const serverOnlyConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    provideServerHttpBackend(),
    { provide: CSP_NONCE, useFactory: cspNonce },
    { provide: BEFORE_APP_SERIALIZED, useFactory: stampScriptsWithNonce, multi: true },
    { provide: BEFORE_APP_SERIALIZED, useFactory: markReadingPage, multi: true },
    { provide: DISPLAY_TIME_ZONE, useFactory: displayTimeZone },
    { provide: RENDER_LOCALE, useFactory: () => renderContext()?.locale ?? null },
  ],
};

export const serverConfig = mergeApplicationConfig(appConfig, serverOnlyConfig);
