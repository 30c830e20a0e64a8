import { isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, inject } from '@angular/core';

const PREFIX = 'agora:consultation-draft:';

/** A draft as the browser keeps it. */
export interface BrowserDraft {
  answers: Record<string, unknown>;
  savedAt: string;
}

/**
 * Drafts of anonymous consultations, kept in this browser only (localStorage), never sent to the
 * server: a draft stored there would sit next to the account until submission. Keyed by consultation
 * and account, so two people sharing a computer do not see each other's draft; removed on submission.
 * Does nothing on the server side of rendering.
 */
@Injectable({ providedIn: 'root' })
export class BrowserDraftStore {
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));

  load(consultationId: string, accountId: string): BrowserDraft | null {
    const raw = this.storage()?.getItem(this.key(consultationId, accountId));
    if (!raw) return null;
    try {
      const draft = JSON.parse(raw) as Partial<BrowserDraft>;
      if (typeof draft.answers !== 'object' || draft.answers === null || Array.isArray(draft.answers))
        return null;
      return { answers: draft.answers, savedAt: String(draft.savedAt ?? '') };
    } catch {
      return null;
    }
  }

  /** False when the browser refuses (private mode, storage full): the page says so. */
  save(consultationId: string, accountId: string, answers: Record<string, unknown>): boolean {
    const storage = this.storage();
    if (!storage) return false;
    try {
      const draft: BrowserDraft = { answers, savedAt: new Date().toISOString() };
      storage.setItem(this.key(consultationId, accountId), JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  remove(consultationId: string, accountId: string): void {
    try {
      this.storage()?.removeItem(this.key(consultationId, accountId));
    } catch {
      // Nothing to remove when storage is unavailable.
    }
  }

  private key(consultationId: string, accountId: string): string {
    return `${PREFIX}${consultationId}:${accountId}`;
  }

  private storage(): Storage | null {
    if (!this.browser) return null;
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  }
}
