import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ProcessDetail, ProcessSummary } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, TranslationService, toAppError } from '@agora/web-core';
import { ButtonComponent, NoticeComponent } from '@agora/web-ui';

import { PrioritisationApi } from '../prioritisation/prioritisation.api';
import { PROCESS_PHASE_LABELS } from '../work.labels';
import { WorksStaffApi } from './works-staff.api';

/**
 * The prioritisations under way: close the vote and count it, then publish the results (the API
 * checks that the person is on the process's team and audits each step).
 */
@Component({
  selector: 'agora-prioritisation-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, ButtonComponent, NoticeComponent],
  template: `
    <section class="section" aria-labelledby="priorisations-en-cours">
      <h2 id="priorisations-en-cours">{{ 'works.staff.admin.title' | t }}</h2>
      @if (message(); as message) {
        <agora-notice [tone]="message.tone" [toneLabel]="toneLabels[message.tone] | t"
          ><p>{{ message.text }}</p></agora-notice
        >
      }
      @if (list().length) {
        <ul class="admin-list">
          @for (process of list(); track process.id) {
            <li>
              <h3 class="admin-list__title">{{ process.title }}</h3>
              <p>{{ process.territoryName }} — {{ phaseLabels[process.phase] | t }}</p>
              <p class="button-row">
                @if (process.phase === 'vote') {
                  <button
                    agoraButton
                    variant="secondary"
                    type="button"
                    [busy]="busy() === process.id"
                    (click)="closeAndCount(process)"
                  >
                    {{ 'works.staff.admin.close' | t: { title: process.title } }}
                  </button>
                }
                @if (process.phase === 'results') {
                  <button
                    agoraButton
                    variant="secondary"
                    type="button"
                    [busy]="busy() === process.id"
                    (click)="count(process)"
                  >
                    {{ 'works.staff.admin.count' | t: { title: process.title } }}
                  </button>
                  <button agoraButton type="button" [busy]="busy() === process.id" (click)="publish(process)">
                    {{ 'works.staff.admin.publish' | t: { title: process.title } }}
                  </button>
                }
                @if (process.phase === 'vote') {
                  <a [routerLink]="['/gestion/travaux/priorisation', process.slug, 'guichet']">{{
                    'works.staff.admin.counter' | t: { title: process.title }
                  }}</a>
                }
                <a [routerLink]="['/priorisations', process.slug]">{{ 'works.staff.admin.page' | t }}</a>
                <a [routerLink]="['/priorisations', process.slug, 'resultats']">{{
                  'works.staff.admin.results' | t
                }}</a>
              </p>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'works.prioritisations.empty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .admin-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .admin-list li {
      padding: var(--space-3) 0;
      border-bottom: 1px solid var(--color-border-light);
    }
    .admin-list__title {
      margin: 0;
      font-size: 1.1rem;
    }
  `,
})
export class PrioritisationAdminSection {
  /** Reloads the list when a prioritisation was just opened. */
  readonly refresh = input<ProcessDetail | null>(null);

  private readonly api = inject(PrioritisationApi);
  private readonly staffApi = inject(WorksStaffApi);
  private readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PROCESS_PHASE_LABELS;
  protected readonly list = signal<ProcessSummary[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly message = signal<{ tone: 'success' | 'error'; text: string } | null>(null);

  constructor() {
    effect(() => {
      this.refresh();
      untracked(() => void this.load());
    });
  }

  protected closeAndCount(process: ProcessSummary): Promise<void> {
    return this.run(process, 'works.staff.admin.closed', async () => {
      await this.staffApi.changePhase(process.id, { phase: 'results' });
      await this.staffApi.count(process.id);
    });
  }

  protected count(process: ProcessSummary): Promise<void> {
    return this.run(process, 'works.staff.admin.counted', () => this.staffApi.count(process.id));
  }

  protected publish(process: ProcessSummary): Promise<void> {
    return this.run(process, 'works.staff.admin.published', () => this.staffApi.publish(process.id));
  }

  private async run(process: ProcessSummary, done: string, action: () => Promise<unknown>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(process.id);
    this.message.set(null);
    try {
      await action();
      this.message.set({ tone: 'success', text: this.i18n.translate(done, { title: process.title }) });
    } catch (error) {
      this.message.set({ tone: 'error', text: this.i18n.translate(toAppError(error).message) });
    } finally {
      this.busy.set(null);
      await this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.list.set((await this.api.list()).filter((p) => p.phase === 'vote' || p.phase === 'results'));
    } catch {
      this.list.set([]);
    }
  }
}
