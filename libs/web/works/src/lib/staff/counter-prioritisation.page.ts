import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { CounterPrioritisationBallotRequest } from '@agora/contracts';
import { AppError, PageTitleStrategy, TONE_LABELS, TranslatePipe, injectFocusOnRender, toAppError } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PointsBallotSection } from '../prioritisation/points-ballot.section';
import { PrioritisationApi } from '../prioritisation/prioritisation.api';
import { PrioritisationStore } from '../prioritisation/prioritisation.store';
import { RankingBallotSection } from '../prioritisation/ranking-ballot.section';

/**
 * `/gestion/travaux/priorisation/:process/guichet`: a resident without internet ranks the works at
 * the town-hall counter. Staff identify the person (account e-mail, or name and birth date) and check
 * a proof of address; the resident orders the works on this screen (drag or buttons, as online); the
 * API refuses a person who already ranked, online or here. Staff never see a receipt code.
 */
@Component({
  selector: 'agora-counter-prioritisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent, PointsBallotSection, RankingBallotSection],
  template: `
    @if (store.error(); as error) {
      <agora-page-header [heading]="'works.counter.title' | t" />
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (store.page(); as page) {
      <agora-page-header [heading]="'works.counter.title' | t" [lead]="page.process.title">
        <p>{{ 'works.ballot.quartier' | t: { name: page.prioritisation.quartierName } }}</p>
      </agora-page-header>
      <div aria-live="polite">
        @if (done(); as done) {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false"><p>{{ done | t }}</p></agora-notice>
        }
      </div>
      @if (page.process.phase !== 'vote') {
        <agora-notice tone="info" [toneLabel]="toneLabels.info | t"><p>{{ 'works.ballot.notOpen' | t }}</p></agora-notice>
      } @else {
        <form class="form" (submit)="record($event)" novalidate>
          <fieldset class="fieldset">
            <legend>{{ 'works.counter.identity' | t }}</legend>
            <p class="field__hint" id="guichet-identite-aide">{{ 'works.counter.identityHint' | t }}</p>
            <div class="field">
              <label class="field__label" for="guichet-email">{{ 'works.counter.email' | t }}</label>
              <input class="control" type="email" id="guichet-email" name="email" autocomplete="off" maxlength="254" aria-describedby="guichet-identite-aide" />
            </div>
            <div class="field">
              <label class="field__label" for="guichet-nom">{{ 'works.counter.lastName' | t }}</label>
              <input class="control" type="text" id="guichet-nom" name="lastName" autocomplete="off" maxlength="100" />
            </div>
            <div class="field">
              <label class="field__label" for="guichet-prenom">{{ 'works.counter.firstName' | t }}</label>
              <input class="control" type="text" id="guichet-prenom" name="firstName" autocomplete="off" maxlength="100" />
            </div>
            <div class="field">
              <label class="field__label" for="guichet-naissance">{{ 'works.counter.birthDate' | t }}</label>
              <input class="control control--short" type="date" id="guichet-naissance" name="birthDate" autocomplete="off" />
            </div>
            <div class="field__choice">
              <input class="checkbox" type="checkbox" id="guichet-domicile" name="addressChecked" />
              <label class="field__label" for="guichet-domicile">{{ 'works.counter.addressChecked' | t: { name: page.prioritisation.quartierName } }}</label>
            </div>
          </fieldset>

          <section class="section" aria-labelledby="guichet-bulletin">
            <h2 id="guichet-bulletin">{{ 'works.counter.ballot' | t }}</h2>
            @if (page.prioritisation.mode === 'ranking') {
              <agora-ranking-ballot />
            } @else {
              <agora-points-ballot />
            }
          </section>

          <div id="guichet-erreur" tabindex="-1">
            @if (error(); as error) {
              <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
            }
          </div>
          <div class="form__actions">
            <button agoraButton type="submit" [busy]="busy()">{{ 'works.counter.record' | t }}</button>
          </div>
        </form>
      }
      <p><a routerLink="/gestion/travaux">{{ 'works.counter.back' | t }}</a></p>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .checkbox { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--color-primary); }
  `,
})
export class CounterPrioritisationPage {
  readonly process = input.required<string>();

  private readonly api = inject(PrioritisationApi);
  private readonly title = inject(PageTitleStrategy);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly store = inject(PrioritisationStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly done = signal<string | null>(null);

  constructor() {
    effect(() => {
      const key = this.process();
      untracked(async () => {
        await this.store.load(key, { force: true });
        this.store.resetBallot();
        const page = this.store.page();
        if (page) this.title.setPageTitle('works.counter.pageTitle', { title: page.process.title });
      });
    });
  }

  protected async record(event: Event): Promise<void> {
    event.preventDefault();
    const page = this.store.page();
    const ballot = this.store.request();
    if (!page || !ballot || this.busy()) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const request: CounterPrioritisationBallotRequest = {
      ...ballot,
      email: text('email'),
      lastName: text('lastName'),
      firstName: text('firstName'),
      birthDate: text('birthDate'),
      quartierId: data.get('addressChecked') ? page.prioritisation.quartierId : undefined,
    };
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      await this.api.counterCast(page.process.id, request);
      // Ready for the next resident: nothing of this person or their ranking stays on screen.
      form.reset();
      this.store.resetBallot();
      this.done.set('works.counter.recorded');
    } catch (error) {
      this.error.set(toAppError(error));
      this.focusOnRender('guichet-erreur');
    } finally {
      this.busy.set(false);
    }
  }
}
