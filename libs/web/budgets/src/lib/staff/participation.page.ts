import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';

import type { BudgetProcessPage, ParticipationStats, VoteChannel } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, TranslationService, toAppError } from '@agora/web-core';
import {
  CountRow,
  CountTableComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { StaffApi } from './staff.api';
import { StaffNavComponent } from './staff-nav.component';

const CHANNEL_LABELS: Record<VoteChannel, string> = {
  online: 'budgets.staff.participation.channel.online',
  counter: 'budgets.staff.participation.channel.counter',
  paper: 'budgets.staff.participation.channel.paper',
};

/**
 * `/gestion/budgets/:slug/participation`: ballots per day, envelope, quartier and channel, pushed
 * again by the API after each ballot. Updates are announced politely; focus never moves.
 */
@Component({
  selector: 'agora-participation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    CountTableComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-nav [slug]="slug()" />
    <agora-page-header
      [heading]="'budgets.staff.participation.title' | t"
      [lead]="process()?.process?.title ?? ''"
    />
    <p class="visually-hidden" role="status" aria-live="polite">
      @if (announced() !== null) {
        {{ 'budgets.staff.participation.announce' | t: { count: announced() ?? 0 } }}
      }
    </p>

    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (stats(); as stats) {
      <p class="lead">
        <strong>{{ 'budgets.staff.participation.total' | t: { count: stats.total } }}</strong>
      </p>
      <p class="muted">
        {{ (live() ? 'budgets.staff.participation.live' : 'budgets.staff.participation.notLive') | t }}
      </p>
      @for (table of tables(); track table.id) {
        <agora-count-table
          [caption]="table.caption"
          [labelHeader]="table.labelHeader"
          [countHeader]="table.countHeader"
          [rows]="table.rows"
        />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class ParticipationPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly stats = signal<ParticipationStats | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly live = signal(false);
  protected readonly announced = signal<number | null>(null);
  /** The four breakdowns, as rows ready to show in the current language. */
  protected readonly tables = computed(() => {
    const stats = this.stats();
    if (!stats) return [];
    const t = (key: string) => this.i18n.translate(key);
    const table = (id: string, caption: string, labelHeader: string, rows: CountRow[]) => ({
      id,
      caption: t(caption),
      labelHeader: t(labelHeader),
      countHeader: t('budgets.staff.participation.ballots'),
      rows,
    });
    return [
      table(
        'channel',
        'budgets.staff.participation.perChannel',
        'budgets.staff.participation.channelHeader',
        (Object.keys(CHANNEL_LABELS) as VoteChannel[]).map((channel) => ({
          id: channel,
          label: t(CHANNEL_LABELS[channel]),
          count: stats.perChannel?.[channel] ?? 0,
        })),
      ),
      table(
        'budget',
        'budgets.staff.participation.perBudget',
        'budgets.staff.participation.budgetHeader',
        stats.perBudget.map((row) => ({ id: row.budgetId, label: row.name, count: row.count })),
      ),
      table(
        'quartier',
        'budgets.staff.participation.perQuartier',
        'budgets.staff.participation.quartierHeader',
        stats.perQuartier.map((row) => ({
          id: row.quartierId ?? 'none',
          label: row.quartierId ? row.name : t('budgets.staff.participation.noQuartier'),
          count: row.count,
        })),
      ),
      table(
        'day',
        'budgets.staff.participation.perDay',
        'budgets.staff.participation.dayHeader',
        stats.perDay.map((row) => ({ id: row.day, label: row.day, count: row.count })),
      ),
    ];
  });
  private source: EventSource | null = null;

  constructor() {
    effect(() => void this.load(this.slug()));
    inject(DestroyRef).onDestroy(() => this.source?.close());
  }

  private async load(slug: string): Promise<void> {
    this.source?.close();
    try {
      const page = await this.budgetsApi.processPage(slug);
      this.process.set(page);
      this.stats.set(await this.api.participation(page.process.id));
      this.listen(page.process.id);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  private listen(processId: string): void {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(this.api.participationLiveUrl(processId), { withCredentials: true });
    this.source = source;
    source.onopen = () => this.live.set(true);
    source.onerror = () => this.live.set(false);
    source.addEventListener('participation', (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as ParticipationStats;
      const before = this.stats()?.total;
      this.stats.set(next);
      // Only a change is announced: the first event repeats the counts the page already shows.
      if (before !== undefined && before !== next.total) this.announced.set(next.total);
    });
  }
}
