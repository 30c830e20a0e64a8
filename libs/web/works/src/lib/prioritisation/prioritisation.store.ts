import { Injectable, computed, inject, signal } from '@angular/core';

import type { CastPrioritisationBallotRequest, PrioritisationPage } from '@agora/contracts';
import { AppError, toAppError } from '@agora/web-core';

import { PointsSpread, checkPoints, pointsToCast } from './points.rule';
import { PrioritisationApi } from './prioritisation.api';
import { moveBy, moveItem, rankingToCast } from './ranking.rule';

/**
 * The ballot being filled, kept from the ballot to the review screen and back, and the receipt once
 * cast. Nothing is stored on the device: a reload starts again from the API's order of the works.
 */
@Injectable({ providedIn: 'root' })
export class PrioritisationStore {
  private readonly api = inject(PrioritisationApi);

  readonly key = signal<string | null>(null);
  readonly page = signal<PrioritisationPage | null>(null);
  readonly error = signal<AppError | null>(null);
  /** Mode ranking: work ids, favourite first. */
  readonly order = signal<string[]>([]);
  /** Mode points: points per work id. */
  readonly spread = signal<PointsSpread>({});
  readonly receipt = signal<string | null>(null);

  readonly prioritisation = computed(() => this.page()?.prioritisation ?? null);
  readonly works = computed(() => this.prioritisation()?.works ?? []);
  readonly workIds = computed(() => this.works().map((work) => work.id));
  readonly total = computed(() => this.prioritisation()?.points ?? 100);
  readonly pointsCheck = computed(() => checkPoints(this.spread(), this.workIds(), this.total()));
  readonly ordered = computed(() => {
    const byId = new Map(this.works().map((work) => [work.id, work]));
    return this.order().flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  });
  /** Whether the ballot can go to the review screen. */
  readonly ready = computed(() => {
    const prioritisation = this.prioritisation();
    if (!prioritisation) return false;
    return prioritisation.mode === 'ranking'
      ? rankingToCast(this.order(), this.workIds()) !== null
      : this.pointsCheck().problems.length === 0;
  });

  /** Loads the page of a process (id or slug); keeps the ballot when it is the same process. */
  async load(key: string, options: { force?: boolean } = {}): Promise<void> {
    if (this.key() === key && this.page() && !options.force) return;
    const same = this.key() === key;
    this.key.set(key);
    this.error.set(null);
    if (!same) {
      this.page.set(null);
      this.receipt.set(null);
    }
    try {
      const page = await this.api.page(key);
      this.page.set(page);
      if (!same || this.order().length !== page.prioritisation.works.length) {
        this.order.set(page.prioritisation.works.map((work) => work.id));
        this.spread.set({});
      }
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  move(id: string, step: -1 | 1): boolean {
    const { list, moved } = moveBy(this.order(), id, step);
    this.order.set(list);
    return moved;
  }

  drop(from: number, to: number): void {
    this.order.set(moveItem(this.order(), from, to));
  }

  setPoints(id: string, value: number): void {
    this.spread.update((spread) => ({ ...spread, [id]: value }));
  }

  /** The ballot as the API takes it (the counter page sends it with the person's identity). */
  request(): CastPrioritisationBallotRequest | null {
    const prioritisation = this.prioritisation();
    if (!prioritisation) return null;
    return prioritisation.mode === 'ranking' ? this.rankingRequest() : this.pointsRequest();
  }

  /** A fresh ballot in the page's order (the counter, between two residents). */
  resetBallot(): void {
    this.order.set(this.works().map((work) => work.id));
    this.spread.set({});
  }

  private rankingRequest(): CastPrioritisationBallotRequest {
    const order = rankingToCast(this.order(), this.workIds()) ?? [];
    return { ranking: order.map((workId, i) => ({ workId, rank: i + 1 })) };
  }

  private pointsRequest(): CastPrioritisationBallotRequest {
    const cast = pointsToCast(this.spread(), this.workIds());
    return { points: cast.workIds.map((workId, i) => ({ workId, points: cast.points[i] })) };
  }

  /** Casts the ballot once; the receipt code is kept for the receipt page. */
  async cast(): Promise<AppError | null> {
    const page = this.page();
    if (!page) return null;
    const { prioritisation } = page;
    try {
      const request = prioritisation.mode === 'ranking' ? this.rankingRequest() : this.pointsRequest();
      const result = await this.api.cast(page.process.id, request);
      this.receipt.set(result.receiptCode);
      this.page.set({
        ...page,
        me: page.me ? { ...page.me, alreadyVoted: true } : page.me,
      });
      return null;
    } catch (error) {
      return toAppError(error);
    }
  }
}
