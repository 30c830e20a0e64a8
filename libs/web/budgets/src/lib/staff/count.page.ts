import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';

import type { BudgetProcessPage, ProcessResults } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  injectFocusOnRender,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
} from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { StaffApi } from './staff.api';
import { StaffNavComponent } from './staff-nav.component';

/**
 * `/gestion/budgets/:slug/depouillement`: close and count the vote, review the draft results, then
 * publish them after an explicit confirmation (publication is public and final).
 */
@Component({
  selector: 'agora-count-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-nav [slug]="slug()" />
    <agora-page-header [heading]="'budgets.staff.count.title' | t" [lead]="process()?.process?.title ?? ''" />

    @if (error(); as error) {
      <div id="depouillement-erreur" tabindex="-1">
        <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
          ><p>{{ error.message | t }}</p></agora-notice
        >
      </div>
    }
    @if (!process() && !error()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else if (process(); as page) {
      @if (!counted()) {
        <section class="section" aria-labelledby="depouillement-compter">
          <h2 id="depouillement-compter">{{ 'budgets.staff.count.countTitle' | t }}</h2>
          <p class="prose">{{ 'budgets.staff.count.countLead' | t }}</p>
          <button agoraButton type="button" [busy]="busy()" (click)="count()">
            {{ 'budgets.staff.count.countSubmit' | t }}
          </button>
        </section>
      } @else if (draft(); as results) {
        <section class="section" aria-labelledby="depouillement-brouillon">
          <h2 id="depouillement-brouillon" tabindex="-1">
            {{
              (results.published ? 'budgets.staff.count.publishedTitle' : 'budgets.staff.count.draftTitle')
                | t
            }}
          </h2>
          <p>{{ 'budgets.staff.count.participants' | t: { count: results.participants } }}</p>
          @for (budget of results.budgets; track budget.budgetId) {
            <table class="table">
              <caption>
                {{
                  budget.name
                }}
                —
                {{
                  budget.amountCents | euros
                }}
                ({{
                  'budgets.staff.count.ballots' | t: { count: budget.ballotCount }
                }})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'budgets.staff.count.project' | t }}</th>
                  <th scope="col">{{ 'budgets.staff.count.cost' | t }}</th>
                  <th scope="col">{{ 'budgets.staff.count.votes' | t }}</th>
                  <th scope="col">{{ 'budgets.staff.count.funded' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (project of budget.projects; track project.id) {
                  <tr>
                    <th scope="row">{{ project.title }}</th>
                    <td>{{ project.costCents | euros }}</td>
                    <td>{{ project.votes }}</td>
                    <td>{{ (project.funded ? 'budgets.staff.count.yes' : 'budgets.staff.count.no') | t }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
          @if (results.published) {
            <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
              <p>{{ 'budgets.staff.count.publishedLead' | t }}</p>
            </agora-notice>
          } @else if (confirming()) {
            <div
              id="depouillement-confirmer"
              tabindex="-1"
              role="group"
              aria-labelledby="depouillement-confirmer-texte"
            >
              <p id="depouillement-confirmer-texte">
                <strong>{{ 'budgets.staff.count.confirmText' | t }}</strong>
              </p>
              <button agoraButton type="button" [busy]="busy()" (click)="publish()">
                {{ 'budgets.staff.count.confirmPublish' | t }}
              </button>
              <button agoraButton variant="secondary" type="button" (click)="confirming.set(false)">
                {{ 'budgets.staff.count.cancel' | t }}
              </button>
            </div>
          } @else {
            <button agoraButton type="button" (click)="askConfirmation()">
              {{ 'budgets.staff.count.publish' | t }}
            </button>
          }
        </section>
      }
    }
  `,
})
export class CountPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(StaffApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly draft = signal<ProcessResults | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  /** Before the count the draft has no envelope results yet; the API answers it all the same. */
  protected readonly counted = computed(() => (this.draft()?.budgets.length ?? 0) > 0);

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  private async load(slug: string): Promise<void> {
    try {
      const page = await this.budgetsApi.processPage(slug);
      this.process.set(page);
      // Before the count the draft is empty and the count button shows.
      this.draft.set(await this.api.draftResults(page.process.id).catch(() => null));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  protected count(): Promise<void> {
    return this.run((processId) => this.api.count(processId), 'depouillement-brouillon');
  }

  protected askConfirmation(): void {
    this.confirming.set(true);
    this.focusOnRender('depouillement-confirmer');
  }

  protected publish(): Promise<void> {
    return this.run((processId) => this.api.publish(processId), 'depouillement-brouillon');
  }

  private async run(call: (processId: string) => Promise<ProcessResults>, focusId: string): Promise<void> {
    const processId = this.process()?.process.id;
    if (!processId || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.draft.set(await call(processId));
      this.confirming.set(false);
      this.focusOnRender(focusId);
    } catch (error) {
      this.error.set(toAppError(error));
      this.focusOnRender('depouillement-erreur');
    } finally {
      this.busy.set(false);
    }
  }
}
