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
import { AppError, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

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
  imports: [TranslatePipe, LoadingComponent, NoticeComponent, PageHeaderComponent, StaffNavComponent],
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
      <table class="table">
        <caption>
          {{
            'budgets.staff.participation.perChannel' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'budgets.staff.participation.channelHeader' | t }}</th>
            <th scope="col">{{ 'budgets.staff.participation.ballots' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of channels(); track row.channel) {
            <tr>
              <th scope="row">{{ row.label | t }}</th>
              <td>{{ row.count }}</td>
            </tr>
          }
        </tbody>
      </table>
      <table class="table">
        <caption>
          {{
            'budgets.staff.participation.perBudget' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'budgets.staff.participation.budgetHeader' | t }}</th>
            <th scope="col">{{ 'budgets.staff.participation.ballots' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of stats.perBudget; track row.budgetId) {
            <tr>
              <th scope="row">{{ row.name }}</th>
              <td>{{ row.count }}</td>
            </tr>
          }
        </tbody>
      </table>
      <table class="table">
        <caption>
          {{
            'budgets.staff.participation.perQuartier' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'budgets.staff.participation.quartierHeader' | t }}</th>
            <th scope="col">{{ 'budgets.staff.participation.ballots' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of stats.perQuartier; track row.quartierId) {
            <tr>
              <th scope="row">
                {{ row.quartierId ? row.name : ('budgets.staff.participation.noQuartier' | t) }}
              </th>
              <td>{{ row.count }}</td>
            </tr>
          }
        </tbody>
      </table>
      <table class="table">
        <caption>
          {{
            'budgets.staff.participation.perDay' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'budgets.staff.participation.dayHeader' | t }}</th>
            <th scope="col">{{ 'budgets.staff.participation.ballots' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of stats.perDay; track row.day) {
            <tr>
              <th scope="row">{{ row.day }}</th>
              <td>{{ row.count }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class ParticipationPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(StaffApi);
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly stats = signal<ParticipationStats | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly live = signal(false);
  protected readonly announced = signal<number | null>(null);
  protected readonly channels = computed(() => {
    const perChannel = this.stats()?.perChannel;
    return (Object.keys(CHANNEL_LABELS) as VoteChannel[]).map((channel) => ({
      channel,
      label: CHANNEL_LABELS[channel],
      count: perChannel?.[channel] ?? 0,
    }));
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
