import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { ConsultationAudience, ResultsVisibility, Territory } from '@agora/contracts';
import { TranslatePipe } from '@agora/web-core';

import { AUDIENCE_LABELS, VISIBILITY_LABELS } from '../consultation.labels';
import type { SettingsForm } from './settings.state';

/**
 * Title, context, dates, audience, anonymity and when results are shown. Anonymity and the territory
 * cannot change once people have answered (`locked`): their answers were given under those terms.
 */
@Component({
  selector: 'agora-consultation-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let s = settings();
    <div class="field">
      <label class="field__label" for="c-territory">{{ 'consultations.staff.edit.territory' | t }}</label>
      <select
        class="control"
        id="c-territory"
        [disabled]="locked()"
        (change)="patch('territoryId', $any($event.target).value)"
      >
        @for (territory of territories(); track territory.id) {
          <option [value]="territory.id" [selected]="s.territoryId === territory.id">
            {{ territory.name }}
          </option>
        }
      </select>
    </div>
    <div class="field">
      <label class="field__label" for="c-title">{{ 'consultations.staff.edit.titleField' | t }}</label>
      <input
        class="control"
        id="c-title"
        type="text"
        maxlength="200"
        [value]="s.title"
        (input)="patch('title', $any($event.target).value)"
      />
    </div>
    <div class="field">
      <label class="field__label" for="c-slug">
        {{ 'consultations.staff.edit.slug' | t }}
        <span class="field__optional">{{ 'common.optional' | t }}</span>
      </label>
      <p class="field__hint" id="c-slug-hint">{{ 'consultations.staff.edit.slugHint' | t }}</p>
      <input
        class="control"
        id="c-slug"
        type="text"
        maxlength="80"
        aria-describedby="c-slug-hint"
        [value]="s.slug"
        (input)="patch('slug', $any($event.target).value)"
      />
    </div>
    <div class="field">
      <label class="field__label" for="c-summary">
        {{ 'consultations.staff.edit.summary' | t }}
        <span class="field__optional">{{ 'common.optional' | t }}</span>
      </label>
      <textarea
        class="control"
        id="c-summary"
        rows="2"
        maxlength="1000"
        [value]="s.summary"
        (input)="patch('summary', $any($event.target).value)"
      ></textarea>
    </div>
    <div class="field">
      <label class="field__label" for="c-context">
        {{ 'consultations.staff.edit.context' | t }}
        <span class="field__optional">{{ 'common.optional' | t }}</span>
      </label>
      <p class="field__hint" id="c-context-hint">{{ 'consultations.staff.edit.contextHint' | t }}</p>
      <textarea
        class="control control--code"
        id="c-context"
        rows="6"
        aria-describedby="c-context-hint"
        [value]="s.contextHtml"
        (input)="patch('contextHtml', $any($event.target).value)"
      ></textarea>
    </div>
    <div class="dates">
      <div class="field">
        <label class="field__label" for="c-opens"
          >{{ 'consultations.staff.edit.opensAt' | t }}
          <span class="field__optional">{{ 'common.optional' | t }}</span></label
        >
        <input
          class="control"
          id="c-opens"
          type="datetime-local"
          [value]="s.opensAt"
          (change)="patch('opensAt', $any($event.target).value)"
        />
      </div>
      <div class="field">
        <label class="field__label" for="c-closes"
          >{{ 'consultations.staff.edit.closesAt' | t }}
          <span class="field__optional">{{ 'common.optional' | t }}</span></label
        >
        <input
          class="control"
          id="c-closes"
          type="datetime-local"
          [value]="s.closesAt"
          (change)="patch('closesAt', $any($event.target).value)"
        />
      </div>
    </div>
    <fieldset class="fieldset">
      <legend class="field__label">{{ 'consultations.staff.edit.audience' | t }}</legend>
      @for (audience of audiences; track audience) {
        <div class="field__choice">
          <input
            type="radio"
            name="c-audience"
            [id]="'c-audience-' + audience"
            [checked]="s.audience === audience"
            (change)="patch('audience', audience)"
          />
          <label [attr.for]="'c-audience-' + audience">{{ audienceLabels[audience] | t }}</label>
        </div>
      }
      @if (s.audience === 'quartiers') {
        <fieldset class="fieldset quartiers">
          <legend class="field__label">{{ 'consultations.staff.edit.quartiers' | t }}</legend>
          @for (quartier of quartiers(); track quartier.id) {
            <div class="field__choice">
              <input
                type="checkbox"
                [id]="'c-quartier-' + quartier.id"
                [checked]="s.quartierIds.includes(quartier.id)"
                (change)="toggleQuartier(quartier.id, $any($event.target).checked)"
              />
              <label [attr.for]="'c-quartier-' + quartier.id">{{ quartier.name }}</label>
            </div>
          } @empty {
            <p class="muted">{{ 'consultations.staff.edit.noQuartiers' | t }}</p>
          }
        </fieldset>
      }
    </fieldset>
    <fieldset class="fieldset" [disabled]="locked()">
      <legend class="field__label">{{ 'consultations.staff.edit.anonymity' | t }}</legend>
      <div class="field__choice">
        <input
          type="radio"
          name="c-anonymous"
          id="c-anonymous-yes"
          [checked]="s.anonymous"
          (change)="patch('anonymous', true)"
        />
        <label for="c-anonymous-yes">{{ 'consultations.staff.edit.anonymousYes' | t }}</label>
      </div>
      <div class="field__choice">
        <input
          type="radio"
          name="c-anonymous"
          id="c-anonymous-no"
          [checked]="!s.anonymous"
          (change)="patch('anonymous', false)"
        />
        <label for="c-anonymous-no">{{ 'consultations.staff.edit.anonymousNo' | t }}</label>
      </div>
    </fieldset>
    <fieldset class="fieldset" [disabled]="locked()">
      <legend class="field__label">{{ 'consultations.staff.edit.channels' | t }}</legend>
      <div class="field__choice">
        <input
          type="checkbox"
          id="c-counter-answers"
          aria-describedby="c-counter-answers-hint"
          [checked]="s.counterAnswers"
          (change)="patch('counterAnswers', $any($event.target).checked)"
        />
        <label for="c-counter-answers">{{ 'consultations.staff.edit.counterAnswers' | t }}</label>
      </div>
      <p class="field__hint" id="c-counter-answers-hint">{{ 'consultations.staff.edit.counterAnswersHint' | t }}</p>
    </fieldset>
    <fieldset class="fieldset">
      <legend class="field__label">{{ 'consultations.staff.edit.visibility' | t }}</legend>
      @for (visibility of visibilities; track visibility) {
        <div class="field__choice">
          <input
            type="radio"
            name="c-visibility"
            [id]="'c-visibility-' + visibility"
            [checked]="s.resultsVisibility === visibility"
            (change)="patch('resultsVisibility', visibility)"
          />
          <label [attr.for]="'c-visibility-' + visibility">{{ visibilityLabels[visibility] | t }}</label>
        </div>
      }
    </fieldset>
    <div class="field field--choice">
      <div class="field__choice">
        <input
          type="checkbox"
          id="c-one-per-screen"
          [checked]="s.onePerScreen"
          (change)="patch('onePerScreen', $any($event.target).checked)"
        />
        <label class="field__label" for="c-one-per-screen">{{
          'consultations.staff.edit.onePerScreen' | t
        }}</label>
      </div>
    </div>
  `,
  styles: `
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
    }
    .quartiers {
      margin-left: 2rem;
    }
  `,
})
export class ConsultationSettingsComponent {
  readonly settings = input.required<SettingsForm>();
  readonly territories = input.required<Territory[]>();
  readonly quartiers = input.required<Territory[]>();
  readonly locked = input(false);
  readonly settingsChange = output<SettingsForm>();

  protected readonly audiences: ConsultationAudience[] = ['everyone', 'quartiers', 'verified'];
  protected readonly visibilities: ResultsVisibility[] = ['live', 'staff', 'after_close'];
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly visibilityLabels = VISIBILITY_LABELS;

  protected patch<K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void {
    this.settingsChange.emit({ ...this.settings(), [key]: value });
  }

  protected toggleQuartier(id: string, checked: boolean): void {
    const ids = new Set(this.settings().quartierIds);
    if (checked) ids.add(id);
    else ids.delete(id);
    this.patch('quartierIds', [...ids]);
  }
}
