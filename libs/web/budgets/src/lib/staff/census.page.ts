import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';

import type { BudgetProcessPage, CensusUploadResult } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, injectFocusOnRender, toAppError } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { StaffApi } from './staff.api';
import { StaffNavComponent } from './staff-nav.component';

/**
 * `/gestion/budgets/:slug/habitants`: staff send the census list as a CSV file of any size. The API
 * keeps only salted hashes and imports all or nothing, naming the lines to fix.
 */
@Component({
  selector: 'agora-census-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-nav [slug]="slug()" />
    <agora-page-header
      [heading]="'budgets.staff.census.title' | t"
      [lead]="process()?.process?.title ?? ''"
    />

    @if (loadError(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (!process()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else {
      <section class="section" aria-labelledby="habitants-envoi">
        <h2 id="habitants-envoi">{{ 'budgets.staff.census.formTitle' | t }}</h2>
        <p class="prose">{{ 'budgets.staff.census.lead' | t }}</p>
        <div id="habitants-resultat" tabindex="-1">
          @if (error(); as error) {
            <agora-notice
              tone="error"
              [toneLabel]="toneLabels.error | t"
              [heading]="'budgets.staff.census.refused' | t"
            >
              <p>{{ error.message | t }}</p>
              @if (error.fields.length) {
                <ul>
                  @for (field of error.fields; track field.field) {
                    <li>{{ field.message | t }}</li>
                  }
                </ul>
              }
            </agora-notice>
          } @else if (result(); as result) {
            <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
              <p>
                {{
                  'budgets.staff.census.imported'
                    | t: { imported: result.imported, duplicates: result.duplicates }
                }}
              </p>
            </agora-notice>
          }
        </div>
        <form class="form" (submit)="send($event)" novalidate>
          <div class="field">
            <label class="field__label" for="habitants-fichier">{{ 'budgets.staff.census.file' | t }}</label>
            <p class="field__hint" id="habitants-fichier-aide">{{ 'budgets.staff.census.fileHint' | t }}</p>
            <input
              class="control"
              id="habitants-fichier"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="habitants-fichier-aide"
              (change)="choose($event)"
            />
          </div>
          <div class="form__actions">
            <button agoraButton type="submit" [busy]="busy()">{{ 'budgets.staff.census.submit' | t }}</button>
          </div>
        </form>
      </section>
    }
  `,
})
export class CensusPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(StaffApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly result = signal<CensusUploadResult | null>(null);
  protected readonly busy = signal(false);
  private file: File | null = null;

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  private async load(slug: string): Promise<void> {
    try {
      this.process.set(await this.budgetsApi.processPage(slug));
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  protected choose(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const process = this.process();
    if (!process || this.busy()) return;
    this.result.set(null);
    this.error.set(null);
    if (!this.file) {
      this.error.set({
        status: 400,
        code: 'CENSUS_FILE_MISSING',
        message: 'budgets.staff.census.noFile',
        fields: [],
      });
      this.focusOnRender('habitants-resultat');
      return;
    }
    this.busy.set(true);
    try {
      this.result.set(await this.api.uploadCensusFile(process.process.id, this.file));
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
      this.focusOnRender('habitants-resultat');
    }
  }
}
