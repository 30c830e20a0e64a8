import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { AppError, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { ButtonComponent, NoticeComponent } from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

/** GDPR right of access (art. 15) and portability (art. 20): everything held, as a JSON file. */
@Component({
  selector: 'agora-data-export-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ButtonComponent, NoticeComponent],
  template: `
    <section class="section" aria-labelledby="mes-donnees">
      <h2 id="mes-donnees" tabindex="-1">{{ 'account.export.title' | t }}</h2>
      <p>{{ 'account.export.text' | t }}</p>
      <div class="live-region" aria-live="polite">
        @if (downloaded(); as fileName) {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false">
            <p>{{ 'account.export.done' | t: { fileName } }}</p>
          </agora-notice>
        }
        @if (error(); as error) {
          <agora-notice tone="error" [toneLabel]="toneLabels.error | t" [live]="false">
            <p>{{ error.message | t }}</p>
          </agora-notice>
        }
      </div>
      <button agoraButton variant="secondary" type="button" [busy]="busy()" (click)="download()">
        <span aria-hidden="true">⤓</span> {{ 'account.export.submit' | t }}
      </button>
    </section>
  `,
})
export class DataExportSection {
  private readonly api = inject(IdentityApi);
  private readonly document = inject(DOCUMENT);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly busy = signal(false);
  protected readonly downloaded = signal<string | null>(null);
  protected readonly error = signal<AppError | null>(null);

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.downloaded.set(null);
    this.error.set(null);
    try {
      const { blob, fileName } = await this.api.exportData();
      const url = URL.createObjectURL(blob);
      const link = this.document.createElement('a');
      link.href = url;
      link.download = fileName;
      this.document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.downloaded.set(fileName);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
