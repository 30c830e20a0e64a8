import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';

import type { ConsultationDocument, ConsultationImage } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { NoticeComponent } from '@agora/web-ui';

import { StaffConsultationsApi } from './staff-consultations.api';

/** The pictures and documents shown with the context: what the next save keeps. */
export interface Attachments {
  images: ConsultationImage[];
  documents: ConsultationDocument[];
}

/**
 * Pictures (with their text alternative) and PDF documents (with the name of their link) attached to
 * the context. Files go to the API at once; they belong to the consultation once it is saved.
 */
@Component({
  selector: 'agora-attachments-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, NoticeComponent],
  template: `
    <fieldset class="fieldset">
      <legend class="field__label">{{ 'consultations.staff.attachments.title' | t }}</legend>
      @if (!consultationId()) {
        <p class="muted">{{ 'consultations.staff.attachments.saveFirst' | t }}</p>
      } @else {
        @for (image of value().images; track image.path; let i = $index) {
          <div class="attachment">
            <img class="attachment__preview" [src]="image.path" alt="" />
            <div class="field field--compact">
              <label class="field__label" [attr.for]="'image-alt-' + i">{{
                'consultations.staff.attachments.alt' | t: { number: i + 1 }
              }}</label>
              <p class="field__hint" [id]="'image-alt-' + i + '-hint'">
                {{ 'consultations.staff.attachments.altHint' | t }}
              </p>
              <input
                class="control"
                type="text"
                maxlength="300"
                [id]="'image-alt-' + i"
                [attr.aria-describedby]="'image-alt-' + i + '-hint'"
                [value]="image.alt"
                (input)="setAlt(i, $any($event.target).value)"
              />
            </div>
            <button type="button" class="button button--quiet" (click)="removeImage(i)">
              {{ 'consultations.staff.attachments.removeImage' | t: { number: i + 1 } }}
            </button>
          </div>
        }
        @for (document of value().documents; track document.path; let i = $index) {
          <div class="attachment">
            <div class="field field--compact">
              <label class="field__label" [attr.for]="'document-name-' + i">{{
                'consultations.staff.attachments.documentName' | t: { number: i + 1 }
              }}</label>
              <input
                class="control"
                type="text"
                maxlength="200"
                [id]="'document-name-' + i"
                [value]="document.name"
                (input)="setName(i, $any($event.target).value)"
              />
            </div>
            <button type="button" class="button button--quiet" (click)="removeDocument(i)">
              {{ 'consultations.staff.attachments.removeDocument' | t: { number: i + 1 } }}
            </button>
          </div>
        }
        <div class="field">
          <label class="field__label" for="attachment-file">{{
            'consultations.staff.attachments.file' | t
          }}</label>
          <p class="field__hint" id="attachment-file-hint">
            {{ 'consultations.staff.attachments.fileHint' | t }}
          </p>
          <input
            id="attachment-file"
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            aria-describedby="attachment-file-hint"
            (change)="upload($event)"
          />
        </div>
        @if (uploading()) {
          <p role="status">{{ 'consultations.staff.attachments.uploading' | t }}</p>
        }
        @if (error(); as error) {
          <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
            ><p>{{ error.message | t }}</p></agora-notice
          >
        }
      }
    </fieldset>
  `,
  styles: `
    .attachment {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--space-2);
      margin-bottom: var(--space-3);
    }
    .attachment__preview {
      width: 6rem;
      height: auto;
    }
  `,
})
export class AttachmentsEditorComponent {
  readonly consultationId = input<string | null>(null);
  readonly value = input.required<Attachments>();
  readonly valueChange = output<Attachments>();

  private readonly api = inject(StaffConsultationsApi);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly uploading = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const id = this.consultationId();
    if (!file || !id || this.uploading()) return;
    this.uploading.set(true);
    this.error.set(null);
    try {
      const attachment = await this.api.upload(id, file);
      const { images, documents } = this.value();
      this.valueChange.emit(
        attachment.contentType === 'application/pdf'
          ? {
              images,
              documents: [...documents, { path: attachment.path, name: file.name.replace(/\.pdf$/i, '') }],
            }
          : { images: [...images, { path: attachment.path, alt: '' }], documents },
      );
      input.value = '';
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.uploading.set(false);
    }
  }

  protected setAlt(index: number, alt: string): void {
    const { images, documents } = this.value();
    this.valueChange.emit({
      images: images.map((image, i) => (i === index ? { ...image, alt } : image)),
      documents,
    });
  }

  protected setName(index: number, name: string): void {
    const { images, documents } = this.value();
    this.valueChange.emit({
      images,
      documents: documents.map((doc, i) => (i === index ? { ...doc, name } : doc)),
    });
  }

  protected removeImage(index: number): void {
    const { images, documents } = this.value();
    this.valueChange.emit({ images: images.filter((_, i) => i !== index), documents });
  }

  protected removeDocument(index: number): void {
    const { images, documents } = this.value();
    this.valueChange.emit({ images, documents: documents.filter((_, i) => i !== index) });
  }
}
