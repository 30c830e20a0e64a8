import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';

import type { ImportQuartiersResult, Territory } from '@agora/contracts';
import { TONE_LABELS, TerritoryStore, TranslatePipe, formErrors } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
} from '@agora/web-ui';

import { AdminApi } from '../admin.api';
import { parseQuartierCollection } from '../geojson/geojson-input';

function collectionValidator(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value?.trim()) return null;
  const parsed = parseQuartierCollection(control.value);
  return parsed.ok ? null : { geojson: parsed.problem };
}

/** Imports quartiers from a GeoJSON FeatureCollection, pasted or read from a file on this device. */
@Component({
  selector: 'agora-quartier-import-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    NoticeComponent,
  ],
  template: `
    <section class="section" aria-labelledby="import-quartiers">
      <h2 id="import-quartiers">{{ 'admin.import.title' | t }}</h2>
      <p>{{ 'admin.import.text' | t: { name: territory().name } }}</p>
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <div class="live-region" aria-live="polite">
        @if (result(); as result) {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false">
            <p>{{ 'admin.import.done' | t: { created: result.created, updated: result.updated } }}</p>
            <ul>
              @for (quartier of result.territories; track quartier.id) {
                <li>{{ quartier.name }}</li>
              }
            </ul>
          </agora-notice>
        }
      </div>
      <form class="form form--wide" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label class="field__label" for="import-fichier">{{ 'admin.import.file' | t }}</label>
          <p class="field__hint" id="import-fichier-hint">{{ 'admin.import.fileHint' | t }}</p>
          <input
            class="control"
            id="import-fichier"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby="import-fichier-hint"
            (change)="readFile($event)"
          />
        </div>
        <agora-field [field]="errors.views().geojson">
          <textarea
            [agoraControl]="errors.views().geojson"
            formControlName="geojson"
            rows="10"
            spellcheck="false"
            class="control--code"
            required
          ></textarea>
        </agora-field>
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'admin.import.submit' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class QuartierImportSection {
  readonly territory = input.required<Territory>();
  readonly imported = output<ImportQuartiersResult>();

  private readonly api = inject(AdminApi);
  private readonly store = inject(TerritoryStore);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    geojson: ['', [Validators.required, collectionValidator]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      geojson: {
        label: 'admin.import.geojson',
        hint: 'admin.import.geojsonHint',
        serverFields: ['type', 'features'],
      },
    },
    'import',
  );
  protected readonly busy = signal(false);
  protected readonly result = signal<ImportQuartiersResult | null>(null);

  protected async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.form.controls.geojson.setValue(await file.text());
  }

  protected async submit(): Promise<void> {
    this.result.set(null);
    if (this.busy() || !this.errors.validate()) return;
    const parsed = parseQuartierCollection(this.form.getRawValue().geojson);
    if (!parsed.ok) return;
    this.busy.set(true);
    try {
      const result = await this.api.importQuartiers(this.territory().id, parsed.value);
      this.result.set(result);
      this.form.reset();
      await this.store.reload();
      this.imported.emit(result);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
