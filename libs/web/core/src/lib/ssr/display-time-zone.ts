import { InjectionToken } from '@angular/core';

/**
 * The time zone dates are written in. In the browser, none: the device's own, as people expect. On
 * the server, which renders public pages (issue 7) and may run in UTC, the territory's (Europe/Paris
 * unless AGORA_TIME_ZONE says otherwise, e.g. for an overseas commune): a reading page keeps the
 * server's text until the visitor interacts, so its dates must already be the local ones.
 */
export const DISPLAY_TIME_ZONE = new InjectionToken<string | null>('DISPLAY_TIME_ZONE', {
  factory: () => null,
});
