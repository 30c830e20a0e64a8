import { Injectable, inject, signal } from '@angular/core';

import type { LegalInfo } from '@agora/contracts';

import { TerritoryApi } from './territory.api';

/**
 * Legal information per territory, cached: the footer needs the root's accessibility status on
 * every page (RGAA asks for it there), and the legal pages need the rest.
 */
@Injectable({ providedIn: 'root' })
export class LegalInfoStore {
  private readonly api = inject(TerritoryApi);
  private readonly cache = new Map<string, Promise<LegalInfo>>();
  private readonly rootInfo = signal<LegalInfo | null>(null);

  readonly root = this.rootInfo.asReadonly();

  get(territoryId: string): Promise<LegalInfo> {
    let pending = this.cache.get(territoryId);
    if (!pending) {
      pending = this.api.legal(territoryId);
      this.cache.set(territoryId, pending);
      pending.catch(() => this.cache.delete(territoryId));
    }
    return pending;
  }

  async loadRoot(rootId: string): Promise<void> {
    try {
      this.rootInfo.set(await this.get(rootId));
    } catch {
      this.rootInfo.set(null);
    }
  }

  /** After an admin saved new legal information; descendants may inherit it, so forget them all. */
  invalidate(): void {
    this.cache.clear();
  }
}
