import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { HiddenIdeaContent, IdeaAnswer, IdeaAnswerFilter, IdeaBoxDetail, IdeaSummary, Page, ProcessSummary, ProposalReportItem } from '@agora/contracts';
import { AppError, LocalizedDatePipe, PageTitleStrategy, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent, PaginationComponent } from '@agora/web-ui';

import { answerLabel, ANSWER_CODES, ANSWER_FILTERS, ANSWER_LABELS, KIND_LABELS, SHOP_TYPE_LABELS } from '../idea.labels';
import { IdeasApi } from '../ideas.api';
import { StaffReportsApi } from './staff-reports.api';

type Panel = 'answer' | 'hide' | 'convert';

/** `/gestion/idees/:slug`: moderate the box, answer every idea publicly, turn ideas into projects or works, export. */
@Component({
  selector: 'agora-staff-ideas-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LocalizedDatePipe, ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent, PaginationComponent],
  template: `
    <agora-page-header [heading]="'ideas.staff.ideas.title' | t" [lead]="box()?.title ?? ''" />
    <div aria-live="polite">
      @if (notice(); as notice) {
        <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false"><p>{{ notice | t }}</p></agora-notice>
      }
    </div>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    }
    @if (box(); as box) {
      <section class="section" aria-labelledby="export-idees">
        <h2 id="export-idees">{{ 'ideas.staff.ideas.exports' | t }}</h2>
        <ul>
          <li><a [href]="api.wishesCsvUrl(box.id)" download>{{ 'ideas.staff.ideas.wishesCsv' | t }}</a></li>
          <li><a [href]="api.shopDemandCsvUrl(box.id)" download>{{ 'ideas.shops.csv' | t }}</a></li>
          <li><a [href]="api.openDataUrl(box.slug, 'csv')" download>{{ 'ideas.box.csv' | t }}</a></li>
          <li><a [routerLink]="['/idees', box.slug]">{{ 'ideas.staff.ideas.publicPage' | t }}</a></li>
        </ul>
      </section>

      @if (reports().length) {
        <section class="section" aria-labelledby="signalements">
          <h2 id="signalements">{{ 'ideas.staff.reports.title' | t: { count: reports().length } }}</h2>
          <ul>
            @for (report of reports(); track report.id) {
              <li>
                <strong>{{ report.proposalTitle }}</strong> — « {{ report.excerpt }} » —
                {{ 'ideas.staff.reports.reason' | t: { reason: report.reason } }}
                <form class="form" (submit)="hideReported($event, report)">
                  <div class="field">
                    <label class="field__label" [for]="'masquer-signale-' + report.id">{{ 'ideas.staff.ideas.hideReason' | t }}</label>
                    <input class="control" type="text" [id]="'masquer-signale-' + report.id" name="reason" minlength="3" maxlength="1000" required />
                  </div>
                  <button agoraButton variant="danger" type="submit" [busy]="busy()">
                    {{ (report.target === 'comment' ? 'ideas.staff.reports.hideComment' : 'ideas.staff.ideas.hideConfirm') | t }}
                  </button>
                </form>
              </li>
            }
          </ul>
        </section>
      }

      @if (hidden().length) {
        <section class="section" aria-labelledby="contenus-masques">
          <h2 id="contenus-masques">{{ 'ideas.staff.hidden.title' | t: { count: hidden().length } }}</h2>
          <p>{{ 'ideas.staff.hidden.lead' | t }}</p>
          <ul class="staff-list">
            @for (item of hidden(); track item.id) {
              <li class="staff-idea">
                <p>
                  <strong>{{ (item.target === 'comment' ? 'ideas.staff.hidden.comment' : 'ideas.staff.hidden.idea') | t }}</strong>
                  — <a [routerLink]="['/idees/idee', item.ideaId]">{{ item.ideaTitle }}</a>
                  <span class="muted"> — {{ item.hiddenAt | localizedDate }}</span>
                </p>
                <p>« {{ item.excerpt }} »</p>
                <p>{{ 'ideas.staff.hidden.reason' | t: { reason: item.reason } }}</p>
                <button agoraButton variant="secondary" type="button" [busy]="busy()" (click)="unhide(item)">
                  {{ (item.target === 'comment' ? 'ideas.staff.hidden.unhideComment' : 'ideas.staff.hidden.unhideIdea') | t }}
                  <span class="visually-hidden"> — {{ item.ideaTitle }}</span>
                </button>
              </li>
            }
          </ul>
        </section>
      }

      <section class="section" aria-labelledby="idees-a-traiter">
        <h2 id="idees-a-traiter">{{ 'ideas.staff.ideas.listTitle' | t }}</h2>
        <div class="field">
          <label class="field__label" for="gestion-filtre-reponse">{{ 'ideas.filters.answer' | t }}</label>
          <select class="control control--short" id="gestion-filtre-reponse" (change)="setAnswer($any($event.target).value)">
            @for (code of answerFilters; track code) {
              <option [value]="code" [selected]="code === answerFilter()">{{ answerLabels[code] | t }}</option>
            }
            <option value="">{{ 'ideas.filters.all' | t }}</option>
          </select>
        </div>
        @if (result(); as result) {
          <ol class="staff-list">
            @for (idea of result.items; track idea.id) {
              <li class="staff-idea">
                <h3 class="staff-idea__title"><a [routerLink]="['/idees/idee', idea.id]">{{ idea.title }}</a></h3>
                <p class="muted">
                  {{ kindLabels[idea.kind] ?? null | t }}@if (idea.shopType) { — {{ shopLabels[idea.shopType] | t }} } ·
                  {{ idea.territoryName }} · {{ 'ideas.supports' | t: { count: idea.supportsCount } }} ·
                  <strong>{{ answerLabel(idea.answer) | t }}</strong>
                  @if (idea.converted) { · {{ (idea.converted === 'work' ? 'ideas.staff.ideas.isWork' : 'ideas.staff.ideas.isProject') | t }} }
                </p>
                <p>{{ idea.excerpt }}</p>
                <p class="button-row">
                  <button agoraButton variant="secondary" type="button" [attr.aria-expanded]="isOpen(idea.id, 'answer')" (click)="toggle(idea.id, 'answer')">
                    {{ 'ideas.staff.ideas.answer' | t }}
                  </button>
                  @if (!idea.converted) {
                    <button agoraButton variant="secondary" type="button" [attr.aria-expanded]="isOpen(idea.id, 'convert')" (click)="toggle(idea.id, 'convert')">
                      {{ 'ideas.staff.ideas.convert' | t }}
                    </button>
                  }
                  <button agoraButton variant="quiet" type="button" [attr.aria-expanded]="isOpen(idea.id, 'hide')" (click)="toggle(idea.id, 'hide')">
                    {{ 'ideas.staff.ideas.hide' | t }}
                  </button>
                </p>
                @if (isOpen(idea.id, 'answer')) {
                  <form class="form" (submit)="answer($event, idea)">
                    <fieldset class="fieldset">
                      <legend>{{ 'ideas.staff.ideas.answerLegend' | t: { title: idea.title } }}</legend>
                      @for (code of answerCodes; track code) {
                        <div class="field__choice">
                          <input class="radio" type="radio" [id]="'reponse-' + idea.id + '-' + code" name="answer" [value]="code" [checked]="idea.answer === code" required />
                          <label class="field__label" [for]="'reponse-' + idea.id + '-' + code">{{ answerLabels[code] | t }}</label>
                        </div>
                      }
                    </fieldset>
                    <div class="field">
                      <label class="field__label" [for]="'motif-' + idea.id">{{ 'ideas.staff.ideas.reason' | t }}</label>
                      <p class="field__hint" [id]="'motif-aide-' + idea.id">{{ 'ideas.staff.ideas.reasonHint' | t }}</p>
                      <textarea class="control" [id]="'motif-' + idea.id" name="reason" rows="4" minlength="3" maxlength="2000" required [attr.aria-describedby]="'motif-aide-' + idea.id"></textarea>
                    </div>
                    <div class="form__actions">
                      <button agoraButton type="submit" [busy]="busy()">{{ 'ideas.staff.ideas.publishAnswer' | t }}</button>
                    </div>
                  </form>
                }
                @if (isOpen(idea.id, 'convert')) {
                  <div class="panel">
                    <form class="form" (submit)="toBudget($event, idea)">
                      <div class="field">
                        <label class="field__label" [for]="'budget-' + idea.id">{{ 'ideas.staff.ideas.budget' | t }}</label>
                        <select class="control" [id]="'budget-' + idea.id" name="processId" required>
                          @for (b of budgets(); track b.id) {
                            <option [value]="b.id">{{ b.title }}</option>
                          }
                        </select>
                      </div>
                      @if (budgets().length) {
                        <button agoraButton type="submit" [busy]="busy()">{{ 'ideas.staff.ideas.toBudget' | t }}</button>
                      } @else {
                        <p>{{ 'ideas.staff.ideas.noBudget' | t }}</p>
                      }
                    </form>
                    <p>
                      <button agoraButton variant="secondary" type="button" [busy]="busy()" (click)="toWork(idea)">
                        {{ 'ideas.staff.ideas.toWork' | t }}
                      </button>
                    </p>
                  </div>
                }
                @if (isOpen(idea.id, 'hide')) {
                  <form class="form" (submit)="hide($event, idea)">
                    <div class="field">
                      <label class="field__label" [for]="'masquer-' + idea.id">{{ 'ideas.staff.ideas.hideReason' | t }}</label>
                      <textarea class="control" [id]="'masquer-' + idea.id" name="reason" rows="3" minlength="3" maxlength="1000" required></textarea>
                    </div>
                    <button agoraButton variant="danger" type="submit" [busy]="busy()">{{ 'ideas.staff.ideas.hideConfirm' | t }}</button>
                  </form>
                }
              </li>
            } @empty {
              <li>{{ 'ideas.staff.ideas.none' | t }}</li>
            }
          </ol>
          <agora-pagination
            [page]="result.page"
            [total]="result.total"
            [pageSize]="result.pageSize"
            [navLabel]="'ideas.box.pagination' | t"
            [previousLabel]="'ideas.box.previous' | t"
            [nextLabel]="'ideas.box.next' | t"
            [statusText]="'ideas.box.pageOf' | t: { page: result.page, count: pageCount(result) }"
            (pageChange)="goTo($event)"
          />
        } @else {
          <agora-loading [text]="'common.loading' | t" />
        }
      </section>
    } @else if (!error()) {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .staff-list { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--space-4); }
    .staff-idea { border-bottom: 1px solid var(--color-border); padding-bottom: var(--space-3); }
    .staff-idea__title { font-size: 1.125rem; margin: 0; }
    .radio { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--color-primary); }
  `,
})
export class StaffIdeasPage {
  readonly slug = input.required<string>();

  protected readonly api = inject(IdeasApi);
  private readonly reportsApi = inject(StaffReportsApi);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly answerFilters = ANSWER_FILTERS;
  protected readonly answerCodes = ANSWER_CODES;
  protected readonly answerLabels = ANSWER_LABELS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly shopLabels = SHOP_TYPE_LABELS;
  protected readonly answerLabel = answerLabel;
  protected readonly box = signal<IdeaBoxDetail | null>(null);
  protected readonly result = signal<Page<IdeaSummary> | null>(null);
  protected readonly reports = signal<ProposalReportItem[]>([]);
  protected readonly hidden = signal<HiddenIdeaContent[]>([]);
  protected readonly budgets = signal<ProcessSummary[]>([]);
  protected readonly answerFilter = signal<IdeaAnswerFilter | null>('none');
  protected readonly page = signal(1);
  protected readonly open = signal<{ id: string; panel: Panel } | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected isOpen(id: string, panel: Panel): boolean {
    const open = this.open();
    return open?.id === id && open.panel === panel;
  }

  protected toggle(id: string, panel: Panel): void {
    this.open.set(this.isOpen(id, panel) ? null : { id, panel });
  }

  protected pageCount(result: Page<IdeaSummary>): number {
    return Math.max(1, Math.ceil(result.total / result.pageSize));
  }

  protected setAnswer(value: string): void {
    this.answerFilter.set((value || null) as IdeaAnswerFilter | null);
    this.page.set(1);
    void this.loadIdeas();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.loadIdeas();
  }

  protected answer(event: Event, idea: IdeaSummary): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const answer = String(data.get('answer') ?? '') as IdeaAnswer;
    const reason = String(data.get('reason') ?? '').trim();
    void this.act(() => this.api.answer(idea.id, answer, reason), 'ideas.staff.ideas.answered');
  }

  protected toBudget(event: Event, idea: IdeaSummary): void {
    event.preventDefault();
    const processId = String(new FormData(event.target as HTMLFormElement).get('processId') ?? '');
    void this.act(() => this.api.toBudgetProject(idea.id, processId), 'ideas.staff.ideas.convertedProject');
  }

  protected toWork(idea: IdeaSummary): void {
    void this.act(() => this.api.toWork(idea.id), 'ideas.staff.ideas.convertedWork');
  }

  protected hide(event: Event, idea: IdeaSummary): void {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    void this.act(() => this.api.hide(idea.id, reason), 'ideas.staff.ideas.hidden');
  }

  protected hideReported(event: Event, report: ProposalReportItem): void {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    const commentId = report.commentId;
    void this.act(
      () => (commentId ? this.api.hideComment(commentId, reason) : this.api.hide(report.proposalId, reason)),
      'ideas.staff.reports.hidden',
    );
  }

  protected unhide(item: HiddenIdeaContent): void {
    void this.act(
      () => (item.target === 'comment' ? this.api.unhideComment(item.id) : this.api.unhide(item.id)),
      item.target === 'comment' ? 'ideas.staff.hidden.commentBack' : 'ideas.staff.hidden.ideaBack',
    );
  }

  private async act(action: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await action();
      this.open.set(null);
      this.notice.set(done);
      await this.loadIdeas();
      const box = this.box();
      if (box) await this.loadModeration(box.id);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(slug: string): Promise<void> {
    try {
      const box = await this.api.box(slug);
      this.box.set(box);
      this.title.setPageTitle('ideas.staff.ideas.pageTitle', { title: box.title });
      await this.loadIdeas();
      const [budgets] = await Promise.all([this.api.openBudgets(box.territoryId).catch(() => []), this.loadModeration(box.id)]);
      this.budgets.set(budgets);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  /** The open reports and what was hidden (empty lists where the caller is not staff of any idea). */
  private async loadModeration(boxId: string): Promise<void> {
    const [reports, hidden] = await Promise.all([
      this.reportsApi.openReports(boxId).catch(() => []),
      this.api.hidden(boxId).catch(() => []),
    ]);
    this.reports.set(reports);
    this.hidden.set(hidden);
  }

  private async loadIdeas(): Promise<void> {
    const box = this.box();
    if (!box) return;
    this.result.set(
      await this.api.ideas(box.id, {
        quartierId: null,
        category: null,
        kind: null,
        answer: this.answerFilter(),
        sort: 'newest',
        page: this.page(),
        pageSize: 20,
      }),
    );
  }
}
