import { isPlatformBrowser } from '@angular/common';
import {
  Injectable,
  PLATFORM_ID,
  REQUEST,
  TransferState,
  computed,
  inject,
  makeStateKey,
  signal,
} from '@angular/core';

import type { Locale, Me, RoleName } from '@agora/contracts';

import { TranslationService } from '../i18n/translation.service';
import { SessionApi } from './session.api';

type SessionState =
  { status: 'unknown'; me: null } | { status: 'signedOut'; me: null } | { status: 'signedIn'; me: Me };

/**
 * Set in the pages the server renders: signed out for public pages (the API renders them only for
 * browsers holding no session cookie, web-assets.middleware.ts), or the person the page was rendered
 * for (the ballot, rendered with the resident's session); the browser starts from there.
 */
const RENDERED_SIGNED_OUT = makeStateKey<boolean>('agora.renderedSignedOut');
const RENDERED_FOR = makeStateKey<Me | null>('agora.renderedFor');

/** Who is signed in, as the API says through `GET /api/me`. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly i18n = inject(TranslationService);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly transfer = inject(TransferState);
  /**
   * On the server, whether the API passed a session along with the page request: it passes the
   * session cookie and no other, and only for the pages it renders with it (the ballot).
   */
  private readonly renderedWithSession =
    !this.browser && !!inject(REQUEST, { optional: true })?.headers.has('cookie');
  private readonly state = signal<SessionState>(this.initialState());
  private ready: Promise<void> | null = null;

  readonly me = computed(() => this.state().me);
  readonly status = computed(() => this.state().status);
  readonly signedIn = computed(() => this.state().status === 'signedIn');
  readonly adminTerritoryIds = computed(() => this.territoriesWithRole('admin'));
  readonly isAdmin = computed(() => this.adminTerritoryIds().length > 0);
  /** Staff, officials and admins run processes somewhere: the header offers them the back office. */
  readonly runsProcesses = computed(() =>
    (this.state().me?.roles ?? []).some((grant) => grant.role !== 'citizen'),
  );

  /**
   * Fetches the CSRF cookie and the current person, side by side (`GET /api/me` needs no token, and a
   * round trip less on a phone brings the signed-in pages sooner, issue 7); resolves even when the API
   * is down. On the server, nothing to ask for a public page (the visitor is signed out, and the page
   * starts so in the browser, which checks); for a page rendered with the session, who it is.
   */
  start(): Promise<void> {
    if (!this.browser) {
      this.ready ??= this.renderedWithSession
        ? this.refresh().then(() => this.transfer.set(RENDERED_FOR, this.state().me))
        : Promise.resolve();
      return this.ready;
    }
    this.ready ??= Promise.all([this.api.fetchCsrfCookie().catch(() => undefined), this.refresh()]).then(
      () => undefined,
    );
    return this.ready;
  }

  private initialState(): SessionState {
    if (!this.browser) {
      if (this.renderedWithSession) return { status: 'unknown', me: null };
      this.transfer.set(RENDERED_SIGNED_OUT, true);
      return { status: 'signedOut', me: null };
    }
    const renderedFor = this.transfer.get(RENDERED_FOR, null);
    if (renderedFor) {
      // As the server did before writing the page (the fields used are set by now).
      this.applyAccountLocale(renderedFor);
      return { status: 'signedIn', me: renderedFor };
    }
    return this.transfer.get(RENDERED_SIGNED_OUT, false)
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
    if (!wasSignedIn) this.applyAccountLocale(me);
  }

  private applyAccountLocale(me: Me): void {
    if (!this.i18n.hasStoredChoice() && me.locale !== this.i18n.locale()) {
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
