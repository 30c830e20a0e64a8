import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type { ProcessPhase } from '@agora/contracts';
import { TONE_LABELS, Translatable, TranslatePipe, injectFocusOnRender, toAppError } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PHASE_HINTS, PHASE_LABELS } from '../../process/phase.labels';
import { PhaseTimelineComponent } from '../../process/phase-timeline.component';
import { StaffNavComponent } from '../staff-nav.component';
import { BuilderApi } from './builder.api';
import { injectBuilderProcess } from './builder-process.inject';
import { nextPhaseOf, phaseChangeWarnings, phaseChoices } from './phase-change.rule';

/**
 * `/gestion/budgets/:slug/phase`: where the process is, its dated calendar (the scheduler opens each
 * phase on its date), and a change by hand — confirmed first, audited by the API.
 */
@Component({
  selector: 'agora-phase-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    PhaseTimelineComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-nav [slug]="slug()" />
    <agora-page-header [heading]="'budgets.builder.phase.title' | t" [lead]="process.page()?.process?.title ?? ''" />

    @if (process.error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (process.page(); as page) {
      <section class="section" aria-labelledby="phase-actuelle">
        <h2 id="phase-actuelle" tabindex="-1">
          {{ 'budgets.builder.phase.now' | t: { phase: (phaseLabels[page.process.phase] | t) } }}
        </h2>
        <p>{{ phaseHints[page.process.phase] | t }}</p>
        <p role="status" aria-live="polite">
          @if (done(); as done) {
            {{ 'budgets.builder.phase.done' | t: { phase: (phaseLabels[done] | t) } }}
          }
        </p>
        <h3>{{ 'budgets.builder.phase.calendar' | t }}</h3>
        @if (page.process.schedule.length) {
          <p>{{ 'budgets.builder.phase.calendarLead' | t }}</p>
        } @else {
          <p>{{ 'budgets.builder.phase.noCalendar' | t }}</p>
        }
        <agora-phase-timeline [phase]="page.process.phase" [schedule]="page.process.schedule" />
        @if (process.canEdit()) {
          <p><a [routerLink]="['/gestion/budgets', slug(), 'demarche']">{{ 'budgets.builder.phase.editCalendar' | t }}</a></p>
        }
      </section>

      @if (!process.canEdit()) {
        <agora-notice tone="info" [toneLabel]="toneLabels.info | t"><p>{{ 'budgets.builder.readOnly' | t }}</p></agora-notice>
      } @else {
        <section class="section" aria-labelledby="phase-changer">
          <h2 id="phase-changer">{{ 'budgets.builder.phase.changeTitle' | t }}</h2>
          @if (confirming(); as target) {
            <div class="stack" role="group" aria-labelledby="phase-confirmer">
              <p id="phase-confirmer" tabindex="-1">
                <strong>{{
                  'budgets.builder.phase.confirm'
                    | t: { from: (phaseLabels[page.process.phase] | t), to: (phaseLabels[target] | t) }
                }}</strong>
              </p>
              <p>{{ phaseHints[target] | t }}</p>
              @for (warning of warnings(); track warning) {
                <agora-notice tone="warning" [toneLabel]="toneLabels.warning | t"><p>{{ warning | t }}</p></agora-notice>
              }
              @if (error(); as error) {
                <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error | t }}</p></agora-notice>
              }
              <p class="button-row">
                <button agoraButton type="button" [busy]="busy()" (click)="apply(target)">
                  {{ 'budgets.builder.phase.confirmYes' | t: { phase: (phaseLabels[target] | t) } }}
                </button>
                <button agoraButton variant="secondary" type="button" (click)="cancel()">{{ 'budgets.builder.cancel' | t }}</button>
              </p>
            </div>
          } @else {
            <form class="form" (ngSubmit)="ask()" novalidate>
              <div class="field">
                <label class="field__label" for="phase-cible">{{ 'budgets.builder.phase.target' | t }}</label>
                <p class="field__hint" id="phase-cible-aide">{{ 'budgets.builder.phase.targetHint' | t }}</p>
                <select id="phase-cible" class="control" name="target" aria-describedby="phase-cible-aide" [ngModel]="target()" (ngModelChange)="target.set($event)">
                  @for (phase of choices(); track phase) {
                    <option [value]="phase">{{ phaseLabels[phase] | t }}</option>
                  }
                </select>
              </div>
              <div class="form__actions">
                <button agoraButton type="submit">{{ 'budgets.builder.phase.change' | t }}</button>
              </div>
            </form>
          }
        </section>
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class PhasePage {
  readonly slug = input.required<string>();

  private readonly api = inject(BuilderApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly phaseHints = PHASE_HINTS;
  protected readonly process = injectBuilderProcess(computed(() => this.slug()));
  protected readonly choices = computed(() => phaseChoices(this.process.page()?.process.phase ?? 'draft'));
  protected readonly target = signal<ProcessPhase>('proposals');
  protected readonly confirming = signal<ProcessPhase | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<Translatable | null>(null);
  protected readonly done = signal<ProcessPhase | null>(null);
  protected readonly warnings = computed(() => {
    const page = this.process.page();
    const target = this.confirming();
    return page && target ? phaseChangeWarnings(page.process.phase, target, page.budgets) : [];
  });

  constructor() {
    effect(() => {
      const phase = this.process.page()?.process.phase;
      if (phase) untracked(() => this.target.set(nextPhaseOf(phase) ?? this.choices()[0]));
    });
  }

  protected ask(): void {
    this.error.set(null);
    this.confirming.set(this.target());
    this.focusOnRender('phase-confirmer');
  }

  protected cancel(): void {
    this.confirming.set(null);
    this.focusOnRender('phase-cible');
  }

  protected async apply(target: ProcessPhase): Promise<void> {
    const page = this.process.page();
    if (!page || this.busy()) return;
    this.busy.set(true);
    try {
      const detail = await this.api.changePhase(page.process.id, target);
      this.process.set({ ...page, process: detail });
      this.confirming.set(null);
      this.done.set(target);
      this.focusOnRender('phase-actuelle');
    } catch (error) {
      this.error.set(toAppError(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
