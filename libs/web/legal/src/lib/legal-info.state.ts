import { Signal, computed, effect, inject, signal, untracked } from '@angular/core';

import type { LegalInfo } from '@agora/contracts';
import { AppError, LegalInfoStore, TerritoryApi, TerritoryStore, toAppError } from '@agora/web-core';

type State =
  | { status: 'loading' }
  | { status: 'ready'; info: LegalInfo; territoryName: string }
  | { status: 'failed'; error: AppError };

/**
 * The legal information the pages show: the platform's top territory by default, or the one named
 * by `?territoire=<slug>` (a commune can publish its own, inherited from the métropole otherwise).
 * Call in a field initializer.
 */
export function legalInfoState(territorySlug: Signal<string | undefined>) {
  const territories = inject(TerritoryStore);
  const territoryApi = inject(TerritoryApi);
  const legal = inject(LegalInfoStore);
  const state = signal<State>({ status: 'loading' });

  const load = async (slug: string | undefined) => {
    state.set({ status: 'loading' });
    try {
      let territory: { id: string; name: string } | null;
      if (slug) {
        territory = await territoryApi.get(slug);
      } else {
        await territories.load();
        territory = territories.root();
      }
      if (!territory) throw { status: 404 };
      state.set({ status: 'ready', info: await legal.get(territory.id), territoryName: territory.name });
    } catch (error) {
      state.set({ status: 'failed', error: toAppError(error) });
    }
  };
  effect(() => {
    const slug = territorySlug();
    untracked(() => void load(slug));
  });

  return {
    loading: computed(() => state().status === 'loading'),
    info: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.info : null;
    }),
    territoryName: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.territoryName : '';
    }),
    error: computed(() => {
      const current = state();
      return current.status === 'failed' ? current.error : null;
    }),
  };
}
