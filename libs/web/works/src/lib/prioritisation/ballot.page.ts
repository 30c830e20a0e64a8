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
import { Router, RouterLink } from '@angular/router';

import {
  PageTitleStrategy,
  SessionStore,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  injectFocusOnRender,
} from '@agora/web-core';
import {
  ButtonComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { PointsBallotSection } from './points-ballot.section';
import { PrioritisationStore } from './prioritisation.store';
import { RankingBallotSection } from './ranking-ballot.section';

/** `/priorisations/:process`: the rules, who may take part, and the ballot (ranking or points). */
@Component({
  selector: 'agora-prioritisation-ballot-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ErrorSummaryComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    PointsBallotSection,
    RankingBallotSection,
  ],
  templateUrl: './ballot.page.html',
})
export class PrioritisationBallotPage {
  readonly process = input.required<string>();

  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(PageTitleStrategy);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(PrioritisationStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly summary = signal<ErrorSummaryItem[]>([]);
  protected readonly page = this.store.page;
  protected readonly signInUrl = computed(() => ({ retour: `/priorisations/${this.process()}` }));
  /** The ballot is shown to an eligible resident who has not voted, while the vote is open. */
  protected readonly canVote = computed(() => {
    const page = this.page();
    return !!page && page.process.phase === 'vote' && !!page.me?.eligible && !page.me.alreadyVoted;
  });

  constructor() {
    effect(() => {
      const key = this.process();
      untracked(async () => {
        await this.store.load(key);
        const page = this.store.page();
        if (page) this.title.setPageTitle('works.ballot.pageTitle', { title: page.process.title });
      });
    });
  }

  protected review(): void {
    if (this.store.ready()) {
      this.summary.set([]);
      void this.router.navigate(['/priorisations', this.process(), 'verification']);
      return;
    }
    const items = this.store.pointsCheck().problems.map((problem) => ({
      fieldId: this.store.works()[0] ? `points-${this.store.works()[0].id}` : null,
      text: this.i18n.translate(problem.key, problem.params),
    }));
    this.summary.set(
      items.length ? items : [{ fieldId: null, text: this.i18n.translate('works.ballot.incomplete') }],
    );
    this.focusOnRender('priorisation-erreurs');
  }
}
