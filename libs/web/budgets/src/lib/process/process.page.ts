import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import type { BudgetProcessPage } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  PageTitleStrategy,
  SessionStore,
  TerritoryStore,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
} from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { PHASE_LABELS } from './phase.labels';
import { PhaseTimelineComponent } from './phase-timeline.component';
import { teamRoleFor } from './team-role.rule';

/** `/budgets/:slug`: what the budget is about, its phases, its rules, and what to do now. */
@Component({
  selector: 'agora-process-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    PhaseTimelineComponent,
  ],
  templateUrl: './process.page.html',
  styles: `
    .process-image {
      display: block;
      width: 100%;
      max-height: 20rem;
      object-fit: cover;
      border-radius: var(--radius);
    }
  `,
})
export class ProcessPage {
  readonly slug = input.required<string>();

  private readonly api = inject(BudgetsApi);
  private readonly title = inject(PageTitleStrategy);
  protected readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly page = signal<BudgetProcessPage | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly processTitle = computed(() => this.page()?.process.title ?? null);
  protected readonly processSummary = computed(() => this.page()?.process.summary ?? '');
  protected readonly total = computed(() =>
    (this.page()?.budgets ?? []).reduce((sum, budget) => sum + budget.amountCents, 0),
  );

  private readonly territories = inject(TerritoryStore);
  /** The back office is offered only to the people who hold a role on this process's territory. */
  protected readonly team = computed(() => {
    const page = this.page();
    if (!page || !this.session.signedIn()) return null;
    return teamRoleFor(
      this.session.me()?.roles ?? [],
      this.territories.territories(),
      page.process.territoryId,
    );
  });
  /** The official's dashboard first: the participation, live. */
  protected readonly teamLinks = [
    { path: 'participation', label: 'budgets.process.team.dashboard' },
    { path: 'guichet', label: 'budgets.process.team.counter' },
    { path: 'etude', label: 'budgets.process.team.assessment' },
    { path: 'doublons', label: 'budgets.process.team.merge' },
    { path: 'projets', label: 'budgets.process.team.projects' },
    { path: 'depouillement', label: 'budgets.process.team.count' },
  ];

  constructor() {
    void this.territories.load();
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected async load(slug: string): Promise<void> {
    this.error.set(null);
    try {
      const page = await this.api.processPage(slug);
      this.page.set(page);
      this.title.setPageTitle('budgets.process.pageTitle', { title: page.process.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
