import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withEventReplay, withHttpTransferCacheOptions } from '@angular/platform-browser';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';

import {
  PageTitleStrategy,
  RouteFocusService,
  SessionStore,
  csrfRetryInterceptor,
  isTransferableRequest,
  sessionExpiryInterceptor,
} from '@agora/web-core';

import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Public pages arrive rendered by the server (issue 7); the browser takes over the same DOM, replays
    // clicks made before its scripts ran, and reuses the public answers the server fetched.
    provideClientHydration(withEventReplay(), withHttpTransferCacheOptions({ filter: isTransferableRequest })),
    provideRouter(
      appRoutes,
      // Query parameters such as ?token= and ?retour= arrive as component inputs.
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useExisting: PageTitleStrategy },
    provideHttpClient(
      withFetch(),
      // The API sets a readable XSRF-TOKEN cookie; every write echoes it in this header.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([csrfRetryInterceptor, sessionExpiryInterceptor]),
    ),
    // Not awaited: the shell renders at once, and guards wait for the session where it matters.
    provideAppInitializer(() => {
      inject(RouteFocusService).start();
      void inject(SessionStore).start();
    }),
  ],
};
