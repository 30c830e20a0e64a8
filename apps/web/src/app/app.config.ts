import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
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
  sessionExpiryInterceptor,
} from '@agora/web-core';

import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
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
