import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  PLATFORM_ID,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import type { BallotProject, EligibilityCheck } from '@agora/contracts';
import {
  compareNames,
  EurosPipe,
  injectFocusOnRender,
  PageTitleStrategy,
  ReadingPageState,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
} from '@agora/web-core';
import {
  ButtonComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  LoadingComponent,
  MapArea,
  MapComponent,
  MapPoint,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { MapAreasStore } from '../map/map-areas.store';
import { injectMapTexts } from '../map/map-texts.inject';
import { BallotProblemText } from './ballot-problem.text';
import { BallotStore, EnvelopeView } from './ballot.store';
import { BudgetBarComponent } from './budget-bar.component';
import { AgeDeclarationSection } from './age-declaration.section';
import { CensusMatchSection } from './census-match.section';

/** `/budgets/:slug/voter`: who may vote where, then one section per envelope with its projects. */
@Component({
  selector: 'agora-ballot-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    ErrorSummaryComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    BudgetBarComponent,
    CensusMatchSection,
    AgeDeclarationSection,
    MapComponent,
  ],
  templateUrl: './ballot.page.html',
  styles: `
    .envelope {
      margin-block: var(--space-5);
    }
    .envelope__bar {
      position: sticky;
      top: 0;
      z-index: 1;
      margin-bottom: var(--space-3);
    }
    .envelope__filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      align-items: end;
      margin-bottom: var(--space-3);
    }
    .envelope__filters .field {
      flex: 1 1 12rem;
    }
    .projects {
      display: grid;
      gap: var(--space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .project {
      padding: var(--space-3);
      border: 1px solid var(--color-border-light);
      border-radius: var(--radius);
    }
    .project--chosen {
      border: 3px solid var(--color-primary);
      background: var(--color-primary-light);
    }
    .project h3 {
      margin: 0 0 var(--space-2);
    }
    .project__facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      margin: 0 0 var(--space-2);
    }
    .project__cost {
      font-weight: 700;
    }
    .project__choice {
      display: flex;
      gap: var(--space-2);
      align-items: center;
      font-weight: 700;
    }
    .problems {
      color: var(--color-error);
      font-weight: 700;
    }
  `,
})
export class BallotPage {
  readonly slug = input.required<string>();

  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(PageTitleStrategy);
  private readonly problemText = inject(BallotProblemText);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly store = inject(BallotStore);
  protected readonly toneLabels = TONE_LABELS;
  /** Category filter per envelope; '' shows every project. */
  protected readonly categoryFilter = signal<Record<string, string>>({});
  protected readonly chosenOnly = signal<Record<string, boolean>>({});
  protected readonly summary = signal<ErrorSummaryItem[]>([]);
  protected readonly summaryMessage = signal<string | null>(null);
  protected readonly processTitle = computed(() => this.store.process()?.process.title ?? '');
  protected readonly votable = computed(() => this.store.envelopes().filter((e) => !e.alreadyVoted));
  private readonly mapAreas = inject(MapAreasStore);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly areas = signal<MapArea[]>([]);
  protected readonly mapTexts = injectMapTexts('projects');

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(async () => {
        // Loaded afresh by the route's resolver on each visit (budgets.routes.ts).
        await this.store.load(slug);
        const process = this.store.process();
        if (process) this.title.setPageTitle('budgets.ballot.pageTitle', { title: process.process.title });
        // The map is drawn in the browser only (folded, and `@defer`): the server skips its outlines.
        if (process && this.browser) this.areas.set(await this.mapAreas.areasOf(process.process.territoryId));
      });
    });
  }

  /**
   * The census and age forms come with their own code (`@defer`): a ballot offering one starts its
   * code at load rather than at the resident's first touch (reading page, issue 7).
   */
  private readonly readingPage = inject(ReadingPageState);
  private readonly formsNeedCode = effect(() => {
    if (this.offerCensus() || this.offerAgeDeclaration()) untracked(() => this.readingPage.needCodeAtLoad());
  });

  /** Census processes: a resident not yet eligible can find their entry on the list. */
  protected readonly offerCensus = computed(() => {
    const process = this.store.process();
    const eligibility = this.store.eligibility();
    return (
      !!process &&
      !!eligibility &&
      process.eligibility.verifications.includes('census') &&
      eligibility.budgets.some((budget) => !budget.eligible && !budget.alreadyVoted)
    );
  });

  /**
   * A vote with a minimum age that a mere e-mail check opens: a resident still told what to do may
   * give their birth date (the API refuses a second one).
   */
  protected readonly offerAgeDeclaration = computed(() => {
    const process = this.store.process();
    const eligibility = this.store.eligibility();
    return (
      !!process &&
      !!eligibility &&
      process.eligibility.minimumAge !== null &&
      process.eligibility.residence !== 'census' &&
      process.eligibility.verifications.includes('email') &&
      !!eligibility.nextStep &&
      eligibility.budgets.some((budget) => !budget.eligible && !budget.alreadyVoted)
    );
  });

  protected async censusMatched(): Promise<void> {
    await this.store.load(this.slug(), { force: true });
    this.focusOnRender('bulletin-droits');
  }

  protected verdictKey(verdict: EligibilityCheck['budgets'][number]): string {
    if (verdict.alreadyVoted) return 'budgets.ballot.alreadyVoted';
    return verdict.eligible ? 'budgets.ballot.mayVote' : 'budgets.ballot.mayNotVote';
  }

  /** A quartier's envelope draws its quartier; the city-wide one draws every quartier. */
  protected areasOf(envelope: EnvelopeView): MapArea[] {
    const own = this.areas().filter((area) => area.id === envelope.budget.territoryId);
    return envelope.budget.cityWide || !own.length ? this.areas() : own;
  }

  /** The shown projects that have a place, in the order of the list (so the numbers follow it). */
  protected mapPointsOf(envelope: EnvelopeView): MapPoint[] {
    return this.visibleProjects(envelope).flatMap((project) =>
      project.lat !== null && project.lng !== null
        ? [
            {
              id: project.id,
              label: project.title,
              lat: project.lat,
              lng: project.lng,
              detail: project.address,
            },
          ]
        : [],
    );
  }

  protected categories(envelope: EnvelopeView): string[] {
    const all = envelope.budget.projects.map((p) => p.category).filter((c): c is string => !!c);
    return [...new Set(all)].sort(compareNames);
  }

  protected visibleProjects(envelope: EnvelopeView): BallotProject[] {
    const category = this.categoryFilter()[envelope.budget.id] ?? '';
    const chosenOnly = this.chosenOnly()[envelope.budget.id] ?? false;
    return envelope.budget.projects.filter(
      (project) =>
        (!category || project.category === category) &&
        (!chosenOnly || envelope.selection.projectIds.includes(project.id)),
    );
  }

  protected setCategory(budgetId: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.categoryFilter.update((all) => ({ ...all, [budgetId]: value }));
  }

  protected setChosenOnly(budgetId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.chosenOnly.update((all) => ({ ...all, [budgetId]: checked }));
  }

  protected toggle(budgetId: string, projectId: string, event: Event): void {
    this.store.toggle(budgetId, projectId, (event.target as HTMLInputElement).checked);
  }

  protected setPoints(budgetId: string, projectId: string, event: Event): void {
    const value = Number.parseInt((event.target as HTMLInputElement).value, 10);
    this.store.setPoints(budgetId, projectId, Number.isFinite(value) && value > 0 ? value : 0);
  }

  protected setRank(budgetId: string, projectId: string, event: Event): void {
    this.store.setRank(budgetId, projectId, Number((event.target as HTMLSelectElement).value) || 0);
  }

  protected rankOptions(envelope: EnvelopeView): number[] {
    const k = envelope.budget.rules.maxProjects ?? envelope.budget.projects.length;
    return Array.from({ length: Math.min(k, envelope.budget.projects.length) }, (_, i) => i + 1);
  }

  protected pointsOf(envelope: EnvelopeView, projectId: string): number {
    return envelope.selection.points[projectId] || 0;
  }

  protected problemsOf(envelope: EnvelopeView): string[] {
    return envelope.check.problems.map((problem) => this.problemText.text(problem));
  }

  protected review(): void {
    const filled = this.store.filled();
    this.summary.set([]);
    if (filled.length === 0) {
      this.summaryMessage.set(this.i18n.translate('budgets.ballot.nothingChosen'));
      this.summary.set([]);
      this.focusSummary();
      return;
    }
    const items = filled.flatMap((envelope) =>
      this.problemsOf(envelope).map((text) => ({
        fieldId: `enveloppe-${envelope.budget.id}`,
        text: this.i18n.translate('common.errorSummary.item', { label: envelope.budget.name, message: text }),
      })),
    );
    if (items.length) {
      this.summaryMessage.set(null);
      this.summary.set(items);
      this.focusSummary();
      return;
    }
    this.summary.set([]);
    this.summaryMessage.set(null);
    void this.router.navigate(['/budgets', this.slug(), 'voter', 'confirmation']);
  }

  private focusSummary(): void {
    this.focusOnRender('bulletin-erreurs');
  }
}
