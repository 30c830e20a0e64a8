import { isPlatformBrowser } from '@angular/common';
import { DestroyRef, PLATFORM_ID, Signal, effect, inject, signal, untracked } from '@angular/core';

import type { WorkLiveEvent } from '@agora/contracts';

import { WorksApi } from '../works.api';

/** The event types the live endpoint may use: the live service's default, and unnamed events. */
const EVENT_TYPES = ['update', 'message'];

/**
 * Listens to the live changes of a territory's works (server-sent events) while the page is open
 * and calls `onEvent` for each; says whether the connection is up. Without EventSource (old
 * browsers, tests) the page simply stays as loaded.
 */
export function injectWorksLive(
  territoryId: Signal<string | null>,
  onEvent: (event: WorkLiveEvent) => void,
): Signal<boolean> {
  const api = inject(WorksApi);
  // Never during a server-side render: a live connection belongs to the visitor's browser.
  const browser = isPlatformBrowser(inject(PLATFORM_ID));
  const connected = signal(false);
  let source: EventSource | null = null;
  const close = () => {
    source?.close();
    source = null;
    connected.set(false);
  };
  effect(() => {
    const id = territoryId();
    untracked(() => {
      close();
      if (!id || !browser || typeof EventSource === 'undefined') return;
      const next = new EventSource(api.liveUrl(id), { withCredentials: true });
      next.onopen = () => connected.set(true);
      next.onerror = () => connected.set(false);
      for (const type of EVENT_TYPES) {
        next.addEventListener(type, (event) => {
          try {
            onEvent(JSON.parse((event as MessageEvent<string>).data) as WorkLiveEvent);
          } catch {
            // A malformed event is dropped; the next one or a reload brings the page up to date.
          }
        });
      }
      source = next;
    });
  });
  inject(DestroyRef).onDestroy(close);
  return connected.asReadonly();
}
