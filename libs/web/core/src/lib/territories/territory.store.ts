import { Injectable, computed, inject, signal } from '@angular/core';

import type { Territory } from '@agora/contracts';

import { AppError, toAppError } from '../http/app-error';
import { TerritoryApi } from './territory.api';
import { buildTerritoryTree, quartiersByCommune } from './territory-tree';

/** The territory tree, fetched once and shared by the pages that show or pick territories. */
@Injectable({ providedIn: 'root' })
export class TerritoryStore {
  private readonly api = inject(TerritoryApi);
  private readonly list = signal<Territory[]>([]);
  private readonly loadError = signal<AppError | null>(null);
  private readonly status = signal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  private pending: Promise<void> | null = null;

  readonly territories = this.list.asReadonly();
  readonly error = this.loadError.asReadonly();
  readonly loading = computed(() => this.status() === 'loading' || this.status() === 'idle');
  readonly tree = computed(() => buildTerritoryTree(this.list()));
  readonly quartierGroups = computed(() => quartiersByCommune(this.list()));
  /** The platform's top territory (the métropole in the demo), whose legal pages the footer links to. */
  readonly root = computed(() => this.tree()[0]?.territory ?? null);

  load(): Promise<void> {
    this.pending ??= this.fetch();
    return this.pending;
  }

  /** After an admin created, renamed or imported territories. */
  reload(): Promise<void> {
    this.pending = this.fetch();
    return this.pending;
  }

  byId(id: string | null | undefined): Territory | null {
    return id ? (this.list().find((territory) => territory.id === id) ?? null) : null;
  }

  private async fetch(): Promise<void> {
    this.status.set('loading');
    try {
      this.list.set(await this.api.list());
      this.loadError.set(null);
      this.status.set('ready');
    } catch (error) {
      this.loadError.set(toAppError(error));
      this.status.set('error');
      this.pending = null;
    }
  }
}
