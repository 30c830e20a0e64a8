import { isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, TransferState, computed, inject, makeStateKey, signal } from '@angular/core';

import type { Locale, Me, RoleName } from '@agora/contracts';

import { TranslationService } from '../i18n/translation.service';
import { SessionApi } from './session.api';

type SessionState =
  { status: 'unknown'; me: null } | { status: 'signedOut'; me: null } | { status: 'signedIn'; me: Me };

/**
 * Set in the pages the server renders: the API renders only for browsers holding no session cookie
 * (web-assets.middleware.ts), so the visitor is signed out, and the browser starts from there.
 */
const RENDERED_SIGNED_OUT = makeStateKey<boolean>('agora.renderedSignedOut');

/** Who is signed in, as the API says through `GET /api/me`. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly i18n = inject(TranslationService);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly state = signal<SessionState>(this.initialState(inject(TransferState)));
  private ready: Promise<void> | null = null;

  readonly me = computed(() => this.state().me);
  readonly status = computed(() => this.state().status);
  readonly signedIn = computed(() => this.state().status === 'signedIn');
  readonly adminTerritoryIds = computed(() => this.territoriesWithRole('admin'));
  readonly isAdmin = computed(() => this.adminTerritoryIds().length > 0);
  /** Staff, officials and admins run processes somewhere: the header offers them the back office. */
  readonly runsProcesses = computed(() => (this.state().me?.roles ?? []).some((grant) => grant.role !== 'citizen'));

  /**
   * Fetches the CSRF cookie and the current person, side by side (`GET /api/me` needs no token, and a
   * round trip less on a phone brings the signed-in pages sooner, issue 7); resolves even when the API
   * is down. On the server, which renders public pages only for visitors without a session, nothing to
   * ask: they are signed out (and a page the server rendered starts so in the browser, which checks).
   */
  start(): Promise<void> {
    if (!this.browser) return (this.ready ??= Promise.resolve());
    this.ready ??= Promise.all([this.api.fetchCsrfCookie().catch(() => undefined), this.refresh()]).then(
      () => undefined,
    );
    return this.ready;
  }

  private initialState(transfer: TransferState): SessionState {
    if (!this.browser) {
      transfer.set(RENDERED_SIGNED_OUT, true);
      return { status: 'signedOut', me: null };
    }
    return transfer.get(RENDERED_SIGNED_OUT, false)
      ? { status: 'signedOut', me: null }
      : { status: 'unknown', me: null };
  }

  whenReady(): Promise<void> {
    return this.start();
  }

  async refresh(): Promise<void> {
    try {
      this.signedInAs(await this.api.me());
    } catch {
      this.state.set({ status: 'signedOut', me: null });
    }
  }

  /** After sign-in or a profile change. The account's language applies unless this device chose one. */
  signedInAs(me: Me): void {
    const wasSignedIn = this.state().status === 'signedIn';
    this.state.set({ status: 'signedIn', me });
    if (!wasSignedIn && !this.i18n.hasStoredChoice() && me.locale !== this.i18n.locale()) {
      this.i18n.use(me.locale, { remember: false });
    }
  }

  clear(): void {
    this.state.set({ status: 'signedOut', me: null });
  }

  async signOut(): Promise<void> {
    try {
      await this.api.signOut();
    } finally {
      this.clear();
      // The API rotates the CSRF token with the session; fetch the new one before the next write.
      await this.api.fetchCsrfCookie().catch(() => undefined);
    }
  }

  /** Switches the language, remembers it here and, when signed in, on the account. */
  async changeLocale(locale: Locale): Promise<void> {
    this.i18n.use(locale);
    if (this.state().status !== 'signedIn') return;
    try {
      this.signedInAs(await this.api.updateLocale(locale));
    } catch {
      // The switch already applies here; the account keeps its former language until next time.
    }
  }

  hasRole(role: RoleName): boolean {
    return this.territoriesWithRole(role).length > 0;
  }

  private territoriesWithRole(role: RoleName): string[] {
    return (this.state().me?.roles ?? [])
      .filter((grant) => grant.role === role)
      .map((grant) => grant.territoryId);
  }
}
