import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { WorkDetail, WorkPhotoKind } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, TranslationService, formErrors, toAppError } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
} from '@agora/web-ui';

import { WORK_PHOTO_KIND_CODES, WORK_PHOTO_KIND_LABELS } from '../work.labels';
import { PHOTO_TYPES, photoProblem } from './photo.rule';
import { numberText } from './work-form.rule';
import { WorksStaffApi } from './works-staff.api';

interface PhotoRow {
  key: number;
  file: File | null;
  kind: WorkPhotoKind;
  alt: string;
  error: string | null;
}

/**
 * A dated update on a work's timeline, optionally moving its progress, with photos (before, during,
 * after). Followers are notified by the API. Photos are checked here first, so an update is not
 * published without the photos it was meant to carry.
 */
@Component({
  selector: 'agora-timeline-update',
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
    <section class="section" aria-labelledby="nouvelle-etape">
      <h2 id="nouvelle-etape">{{ 'works.staff.update.title' | t }}</h2>
      <p class="prose">{{ 'works.staff.update.lead' | t }}</p>
      @if (done(); as message) {
        <agora-notice [tone]="message.tone" [toneLabel]="toneLabels[message.tone] | t"
          ><p>{{ message.text }}</p></agora-notice
        >
      }
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <form class="form form--wide" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <agora-field [field]="errors.views().text">
          <textarea [agoraControl]="errors.views().text" formControlName="text" rows="5" required></textarea>
        </agora-field>
        <agora-field [field]="errors.views().occurredOn">
          <input [agoraControl]="errors.views().occurredOn" formControlName="occurredOn" type="date" />
        </agora-field>
        @if (work().childCount === 0) {
          <agora-field [field]="errors.views().progress">
            <input
              [agoraControl]="errors.views().progress"
              formControlName="progress"
              type="number"
              inputmode="numeric"
              min="0"
              max="100"
              step="1"
              class="control--short"
            />
          </agora-field>
        }
        <fieldset class="fieldset">
          <legend>{{ 'works.staff.update.photos' | t }}</legend>
          <p class="field__hint">{{ 'works.staff.update.photosHint' | t }}</p>
          @for (photo of photos(); track photo.key; let i = $index) {
            <div class="photo" [class.field--invalid]="photo.error">
              <p class="photo__title">{{ 'works.staff.update.photoNumber' | t: { number: i + 1 } }}</p>
              @if (photo.error) {
                <p class="field__error" [id]="'photo-' + photo.key + '-error'">
                  <span class="field__error-icon" aria-hidden="true">!</span>{{ photo.error }}
                </p>
              }
              <div class="field">
                <label class="field__label" [for]="'photo-' + photo.key">{{
                  'works.staff.update.photoFile' | t
                }}</label>
                <input
                  class="control"
                  type="file"
                  [accept]="accept"
                  [id]="'photo-' + photo.key"
                  [attr.aria-describedby]="photo.error ? 'photo-' + photo.key + '-error' : null"
                  (change)="setFile(photo.key, $event)"
                />
              </div>
              <div class="field">
                <label class="field__label" [for]="'photo-' + photo.key + '-kind'">{{
                  'works.staff.update.photoKind' | t
                }}</label>
                <select
                  class="control"
                  [id]="'photo-' + photo.key + '-kind'"
                  (change)="setKind(photo.key, $event)"
                >
                  @for (kind of kinds; track kind) {
                    <option [value]="kind" [selected]="photo.kind === kind">
                      {{ kindLabels[kind] | t }}
                    </option>
                  }
                </select>
              </div>
              <div class="field">
                <label class="field__label" [for]="'photo-' + photo.key + '-alt'">{{
                  'works.staff.update.photoAltLabel' | t
                }}</label>
                <input
                  class="control"
                  type="text"
                  maxlength="300"
                  [id]="'photo-' + photo.key + '-alt'"
                  [value]="photo.alt"
                  (input)="setAlt(photo.key, $event)"
                />
              </div>
              <button agoraButton variant="quiet" type="button" (click)="removePhoto(photo.key)">
                {{ 'works.staff.update.removePhoto' | t: { number: i + 1 } }}
              </button>
            </div>
          }
          <button agoraButton variant="secondary" type="button" (click)="addPhoto()">
            {{ 'works.staff.update.addPhoto' | t }}
          </button>
        </fieldset>
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'works.staff.update.publish' | t }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .photo {
      margin-bottom: var(--space-3);
      padding: var(--space-3);
      border: 1px solid var(--color-border-light);
      border-radius: var(--radius);
    }
    .photo__title {
      margin: 0 0 var(--space-2);
      font-weight: 700;
    }
  `,
})
export class TimelineUpdateSection {
  readonly work = input.required<WorkDetail>();
  /** After the update (and its photos) was published. */
  readonly added = output<void>();

  private readonly api = inject(WorksStaffApi);
  private readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly kinds = WORK_PHOTO_KIND_CODES;
  protected readonly kindLabels = WORK_PHOTO_KIND_LABELS;
  protected readonly accept = PHOTO_TYPES.join(',');
  protected readonly busy = signal(false);
  protected readonly photos = signal<PhotoRow[]>([]);
  protected readonly done = signal<{ tone: 'success' | 'warning'; text: string } | null>(null);
  private nextKey = 1;

  protected readonly form = inject(NonNullableFormBuilder).group({
    text: ['', [Validators.required, Validators.maxLength(5000)]],
    occurredOn: [''],
    progress: [
      '' as string | number | null,
      [Validators.min(0), Validators.max(100), Validators.pattern(/^\d{1,3}$/)],
    ],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      text: { label: 'works.staff.update.text', hint: 'works.staff.update.textHint' },
      occurredOn: { label: 'works.staff.update.date', hint: 'works.staff.update.dateHint', optional: true },
      progress: {
        label: 'works.staff.update.progress',
        optional: true,
        messages: {
          min: 'works.staff.form.progressRange',
          max: 'works.staff.form.progressRange',
          pattern: 'works.staff.form.progressRange',
        },
      },
    },
    'etape',
  );

  protected addPhoto(): void {
    this.photos.update((rows) => [
      ...rows,
      { key: this.nextKey++, file: null, kind: 'during', alt: '', error: null },
    ]);
  }

  protected removePhoto(key: number): void {
    this.photos.update((rows) => rows.filter((row) => row.key !== key));
  }

  protected setFile(key: number, event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.patch(key, { file });
  }

  protected setKind(key: number, event: Event): void {
    this.patch(key, { kind: (event.target as HTMLSelectElement).value as WorkPhotoKind });
  }

  protected setAlt(key: number, event: Event): void {
    this.patch(key, { alt: (event.target as HTMLInputElement).value });
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.done.set(null);
    const formOk = this.errors.validate();
    const photosOk = this.checkPhotos();
    if (!formOk) return;
    if (!photosOk) {
      this.errors.fail('works.staff.update.photoProblems');
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const entry = await this.api.addTimelineEntry(this.work().id, {
        text: value.text.trim(),
        ...(value.occurredOn ? { occurredOn: value.occurredOn } : {}),
        ...(numberText(value.progress) !== '' ? { progress: Number(value.progress) } : {}),
      });
      const failed: string[] = [];
      for (const photo of this.photos()) {
        try {
          await this.api.addPhoto(this.work().id, entry.id, photo.file as File, photo.kind, photo.alt.trim());
        } catch (error) {
          failed.push(`${photo.file?.name}: ${this.i18n.translate(toAppError(error).message)}`);
        }
      }
      this.done.set(
        failed.length
          ? {
              tone: 'warning',
              text: this.i18n.translate('works.staff.update.publishedWithout', { files: failed.join(' ; ') }),
            }
          : { tone: 'success', text: this.i18n.translate('works.staff.update.published') },
      );
      this.form.reset();
      this.photos.set([]);
      this.added.emit();
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private checkPhotos(): boolean {
    let ok = true;
    this.photos.update((rows) =>
      rows.map((row) => {
        const problem = photoProblem(row);
        if (problem) ok = false;
        return { ...row, error: problem ? this.i18n.translate(problem.key, problem.params) : null };
      }),
    );
    return ok;
  }

  private patch(key: number, change: Partial<PhotoRow>): void {
    this.photos.update((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }
}
