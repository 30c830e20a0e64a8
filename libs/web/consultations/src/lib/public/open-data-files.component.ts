import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { ConsultationOpenDataFile } from '@agora/contracts';
import { TranslatePipe } from '@agora/web-core';

import { FILE_LABELS } from '../consultation.labels';

/**
 * The open-data files of a consultation with their SHA-256 fingerprints, so anyone can check that a
 * copy is the one the town hall published.
 */
@Component({
  selector: 'agora-open-data-files',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <section class="section" aria-labelledby="c-open-data">
      <h2 id="c-open-data">{{ 'consultations.openData.title' | t }}</h2>
      <p>{{ 'consultations.openData.lead' | t }}</p>
      <ul class="plain-list files">
        @for (file of files(); track file.url) {
          <li>
            <a [href]="file.url" [attr.download]="file.filename">{{ fileLabels[file.kind] | t }}</a>
            <span class="muted">
              ({{ file.filename }},
              {{ 'consultations.openData.size' | t: { kb: kilobytes(file.bytes) } }})</span
            >
            <br />
            <span class="muted">{{ 'consultations.openData.sha' | t }}</span>
            <code class="sha">{{ file.sha256 }}</code>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .files li + li {
      margin-top: var(--space-2);
    }
    .sha {
      font-family: var(--font-code);
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class OpenDataFilesComponent {
  readonly files = input.required<ConsultationOpenDataFile[]>();
  protected readonly fileLabels = FILE_LABELS;

  protected kilobytes(bytes: number): string {
    return Math.max(1, Math.round(bytes / 1024)).toString();
  }
}
