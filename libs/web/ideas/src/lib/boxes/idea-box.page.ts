import { isPlatformBrowser } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, PLATFORM_ID } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { IdeaAnswerFilter, IdeaBoxDetail, IdeaSummary, Page, ProposalKind } from '@agora/contracts';
import { AppError, LocalizedDatePipe, PageTitleStrategy, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import {
  EmptyStateComponent,
  LoadingComponent,
  MapComponent,
  MapPoint,
  NoticeComponent,
  PageHeaderComponent,
  PaginationComponent,
} from '@agora/web-ui';

import { answerLabel, ANSWER_FILTERS, ANSWER_LABELS, KIND_LABELS, SHOP_TYPE_LABELS } from '../idea.labels';
import { IdeaFilters, IdeasApi } from '../ideas.api';
import { boxAreas } from './box-areas';

const PAGE_SIZE = 20;

/** `/idees/:slug`: the idea box, its ideas with the town hall's answers (filters, map), updated live. */
@Component({
  selector: 'agora-idea-box-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    EmptyStateComponent,
    LoadingComponent,
    MapComponent,
    NoticeComponent,
    PageHeaderComponent,
    PaginationComponent,
  ],
  template: `
    <agora-page-header [heading]="box()?.title || ('ideas.box.title' | t)" [lead]="box()?.theme ?? ''" />
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (box(); as box) {
      <p class="muted">
        {{ box.territoryName }} · {{ (box.phase === 'proposals' ? 'ideas.boxes.open' : 'ideas.boxes.closed') | t }}
        @if (box.phase === 'proposals' && box.closesAt) {
          · {{ 'ideas.boxes.until' | t: { date: (box.closesAt | localizedDate) } }}
        }
      </p>
      @if (box.descriptionHtml) {
        <div class="prose" [innerHTML]="box.descriptionHtml"></div>
      }
      <p class="button-row">
        @if (box.phase === 'proposals') {
          <a class="button" [routerLink]="['/idees', box.slug, 'nouvelle']">{{ 'ideas.box.propose' | t }}</a>
        }
        <a class="button button--secondary" [routerLink]="['/idees', box.slug, 'commerces']">{{ 'ideas.box.shopDemand' | t }}</a>
      </p>
      <section class="section" aria-labelledby="idees-reponses">
        <h2 id="idees-reponses">{{ 'ideas.box.answersTitle' | t }}</h2>
        <ul class="inline-list">
          @for (code of answerFilters; track code) {
            <li>{{ answerLabels[code] | t }} : <strong>{{ box.answers[code] }}</strong></li>
          }
        </ul>
      </section>

      <section class="section" aria-labelledby="idees-liste">
        <h2 id="idees-liste">{{ 'ideas.box.listTitle' | t }}</h2>
        <form class="filters" (submit)="$event.preventDefault()">
          <div class="field">
            <label class="field__label" for="filtre-quartier">{{ 'ideas.filters.quartier' | t }}</label>
            <select class="control" id="filtre-quartier" (change)="setFilter('quartierId', $any($event.target).value)">
              <option value="">{{ 'ideas.filters.all' | t }}</option>
              <option value="city">{{ 'ideas.filters.cityWide' | t }}</option>
              @for (q of box.quartiers; track q.id) {
                <option [value]="q.id">{{ q.name }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="filtre-categorie">{{ 'ideas.filters.category' | t }}</label>
            <select class="control" id="filtre-categorie" (change)="setFilter('category', $any($event.target).value)">
              <option value="">{{ 'ideas.filters.all' | t }}</option>
              @for (c of box.categories; track c) {
                <option [value]="c">{{ c }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="filtre-type">{{ 'ideas.filters.kind' | t }}</label>
            <select class="control" id="filtre-type" (change)="setFilter('kind', $any($event.target).value)">
              <option value="">{{ 'ideas.filters.all' | t }}</option>
              <option value="idea">{{ 'ideas.kind.idea' | t }}</option>
              <option value="shop">{{ 'ideas.kind.shop' | t }}</option>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="filtre-reponse">{{ 'ideas.filters.answer' | t }}</label>
            <select class="control" id="filtre-reponse" (change)="setFilter('answer', $any($event.target).value)">
              <option value="">{{ 'ideas.filters.all' | t }}</option>
              @for (code of answerFilters; track code) {
                <option [value]="code">{{ answerLabels[code] | t }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="filtre-tri">{{ 'ideas.filters.sort' | t }}</label>
            <select class="control" id="filtre-tri" (change)="setFilter('sort', $any($event.target).value)">
              <option value="supports">{{ 'ideas.filters.sortSupports' | t }}</option>
              <option value="newest">{{ 'ideas.filters.sortNewest' | t }}</option>
            </select>
          </div>
        </form>
        <p class="visually-hidden" role="status" aria-live="polite">{{ announcement() | t: { count: result()?.total ?? 0 } }}</p>

        @if (result(); as result) {
          @if (result.items.length) {
            <agora-map
              mapId="carte-idees"
              [areas]="areas()"
              [points]="points()"
              [showList]="false"
              [texts]="{ label: ('ideas.box.mapLabel' | t), listHeading: ('ideas.box.mapList' | t), emptyList: ('ideas.box.empty' | t) }"
            />
            <ol class="idea-list">
              @for (idea of result.items; track idea.id) {
                <li class="idea">
                  <h3 class="idea__title"><a [routerLink]="['/idees/idee', idea.id]">{{ idea.title }}</a></h3>
                  <p class="muted">
                    {{ kindLabels[idea.kind] ?? null | t }}@if (idea.shopType) { — {{ shopLabels[idea.shopType] | t }} } ·
                    {{ idea.cityWide ? ('ideas.filters.cityWide' | t) : idea.territoryName }}
                    @if (idea.category) { · {{ idea.category }} }
                  </p>
                  <p>{{ idea.excerpt }}</p>
                  <p>
                    <span class="badge">{{ answerLabel(idea.answer) | t }}</span>
                    · {{ 'ideas.supports' | t: { count: idea.supportsCount } }}
                    · {{ 'ideas.comments' | t: { count: idea.commentsCount } }}
                  </p>
                </li>
              }
            </ol>
            <agora-pagination
              [page]="result.page"
              [total]="result.total"
              [pageSize]="result.pageSize"
              [navLabel]="'ideas.box.pagination' | t"
              [previousLabel]="'ideas.box.previous' | t"
              [nextLabel]="'ideas.box.next' | t"
              [statusText]="'ideas.box.pageOf' | t: { page: result.page, count: pageCount() }"
              (pageChange)="goTo($event)"
            />
          } @else {
            <agora-empty-state [heading]="'ideas.box.empty' | t" />
          }
        } @else {
          <agora-loading [text]="'common.loading' | t" />
        }
      </section>

      <section class="section" aria-labelledby="idees-donnees">
        <h2 id="idees-donnees">{{ 'ideas.box.openData' | t }}</h2>
        <ul>
          <li><a [href]="api.openDataUrl(box.slug, 'csv')" download>{{ 'ideas.box.csv' | t }}</a></li>
          <li><a [href]="api.openDataUrl(box.slug, 'geojson')" download>{{ 'ideas.box.geojson' | t }}</a></li>
        </ul>
      </section>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: var(--space-3); }
    .filters .field { min-width: 12rem; flex: 1 1 12rem; }
    .idea-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-3); }
    .idea { border-bottom: 1px solid var(--color-border); padding-bottom: var(--space-3); }
    .idea__title { font-size: 1.125rem; margin: 0; }
    .inline-list { display: flex; flex-wrap: wrap; gap: var(--space-3); list-style: none; padding: 0; }
    .badge { font-weight: 700; border: 1px solid currentColor; border-radius: var(--radius); padding: 0 var(--space-1); }
  `,
})
export class IdeaBoxPage {
  readonly slug = input.required<string>();

  protected readonly api = inject(IdeasApi);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly answerFilters = ANSWER_FILTERS;
  protected readonly answerLabels = ANSWER_LABELS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly shopLabels = SHOP_TYPE_LABELS;
  protected readonly answerLabel = answerLabel;
  protected readonly box = signal<IdeaBoxDetail | null>(null);
  protected readonly result = signal<Page<IdeaSummary> | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly announcement = signal<string | null>(null);
  protected readonly filters = signal<IdeaFilters>({
    quartierId: null,
    category: null,
    kind: null,
    answer: null,
    sort: 'supports',
    page: 1,
    pageSize: PAGE_SIZE,
  });
  protected readonly areas = computed(() => {
    const box = this.box();
    return box ? boxAreas(box) : [];
  });
  protected readonly points = computed<MapPoint[]>(() =>
    (this.result()?.items ?? []).flatMap((idea) =>
      idea.location ? [{ id: idea.id, label: idea.title, lat: idea.location.lat, lng: idea.location.lng }] : [],
    ),
  );
  protected readonly pageCount = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });
  private source: EventSource | null = null;
  /** Live updates run in the visitor's browser only, never during a server-side render. */
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.loadBox(slug));
    });
    inject(DestroyRef).onDestroy(() => this.source?.close());
  }

  protected setFilter(name: 'quartierId' | 'category' | 'kind' | 'answer' | 'sort', value: string): void {
    const next = { ...this.filters(), page: 1 };
    if (name === 'sort') next.sort = value === 'newest' ? 'newest' : 'supports';
    else if (name === 'kind') next.kind = (value || null) as ProposalKind | null;
    else if (name === 'answer') next.answer = (value || null) as IdeaAnswerFilter | null;
    else next[name] = value || null;
    this.filters.set(next);
    void this.loadIdeas('ideas.box.filtered');
  }

  protected goTo(page: number): void {
    this.filters.set({ ...this.filters(), page });
    void this.loadIdeas('ideas.box.filtered');
  }

  private async loadBox(slug: string): Promise<void> {
    this.source?.close();
    try {
      const box = await this.api.box(slug);
      this.box.set(box);
      this.title.setPageTitle('ideas.box.pageTitle', { title: box.title });
      await this.loadIdeas(null);
      this.listen(box.id);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  private async loadIdeas(announce: string | null): Promise<void> {
    const box = this.box();
    if (!box) return;
    try {
      this.result.set(await this.api.ideas(box.id, this.filters()));
      this.announcement.set(announce);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  /** A status change (an answer, a new idea) refreshes the list and the counts, and is announced. */
  private listen(boxId: string): void {
    if (!this.browser || typeof EventSource === 'undefined') return;
    const source = new EventSource(this.api.liveUrl(boxId), { withCredentials: true });
    this.source = source;
    source.addEventListener('update', () => void this.refresh());
  }

  private async refresh(): Promise<void> {
    const box = this.box();
    if (!box) return;
    try {
      this.box.set(await this.api.box(box.slug));
      await this.loadIdeas('ideas.box.updated');
    } catch {
      // A failed refresh keeps what the page shows; the next event tries again.
    }
  }
}
