import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { WorkImportReport } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, injectFocusOnRender, toAppError } from '@agora/web-core';
import { ButtonComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { CSV_COLUMNS } from './csv-columns';
import { injectManagedTerritories } from './managed-territories.inject';
import { WorksStaffNavComponent } from './staff-nav.component';
import { WorksStaffApi } from './works-staff.api';

/** The API refuses bigger files; saying so before sending saves a long upload. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * `/gestion/travaux/import`: a CSV of works for one commune. The API applies the good rows in one
 * transaction and reports each bad row with its line and reason; both are shown here.
 */
@Component({
  selector: 'agora-work-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    NoticeComponent,
    PageHeaderComponent,
    WorksStaffNavComponent,
  ],
  template: `
    <agora-page-header [heading]="'works.staff.import.title' | t" [lead]="'works.staff.import.lead' | t" />
    <agora-works-staff-nav />
    <section class="section" aria-labelledby="import-format">
      <h2 id="import-format">{{ 'works.staff.import.formatTitle' | t }}</h2>
      <p class="prose">{{ 'works.staff.import.format' | t }}</p>
      <p>
        <code class="columns">{{ columns }}</code>
      </p>
      <p>
        <a [href]="exampleUrl()" download>{{ 'works.staff.import.currentFile' | t }}</a>
      </p>
    </section>
    <form class="form" (submit)="submit($event)" novalidate>
      <div class="field">
        <label class="field__label" for="import-commune">{{ 'works.staff.list.commune' | t }}</label>
        <select
          class="control"
          id="import-commune"
          name="commune"
          (change)="communeId.set($any($event.target).value)"
        >
          @for (commune of managed.communes(); track commune.id) {
            <option [value]="commune.id" [selected]="selectedCommune() === commune.id">
              {{ commune.name }}
            </option>
          }
        </select>
      </div>
      <div class="field" [class.field--invalid]="fileError()">
        <label class="field__label" for="import-fichier">{{ 'works.staff.import.file' | t }}</label>
        <p class="field__hint" id="import-fichier-hint">{{ 'works.staff.import.fileHint' | t }}</p>
        @if (fileError(); as problem) {
          <p class="field__error" id="import-fichier-error">
            <span class="field__error-icon" aria-hidden="true">!</span>{{ problem | t }}
          </p>
        }
        <input
          class="control"
          type="file"
          id="import-fichier"
          accept=".csv,text/csv"
          [attr.aria-describedby]="
            fileError() ? 'import-fichier-hint import-fichier-error' : 'import-fichier-hint'
          "
          [attr.aria-invalid]="fileError() ? 'true' : null"
          (change)="chooseFile($event)"
        />
      </div>
      <div class="form__actions">
        <button agoraButton type="submit" [busy]="busy()">{{ 'works.staff.import.send' | t }}</button>
      </div>
    </form>

    <div id="import-resultat" tabindex="-1">
      @if (error(); as error) {
        <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
          ><p>{{ error.message | t }}</p></agora-notice
        >
      } @else if (report(); as report) {
        <agora-notice
          [tone]="report.rejected.length ? 'warning' : 'success'"
          [toneLabel]="(report.rejected.length ? toneLabels.warning : toneLabels.success) | t"
          [heading]="'works.staff.import.done' | t"
        >
          <p>{{ 'works.staff.import.applied' | t: { created: report.created, updated: report.updated } }}</p>
          <p>{{ 'works.staff.import.rejectedCount' | t: { count: report.rejected.length } }}</p>
        </agora-notice>
        @if (report.rejected.length) {
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="import-rejets">
            <table class="table">
              <caption id="import-rejets">
                {{
                  'works.staff.import.rejectedCaption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'works.staff.import.line' | t }}</th>
                  <th scope="col">{{ 'works.staff.import.reason' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of report.rejected; track row.line) {
                  <tr>
                    <th scope="row">{{ row.line }}</th>
                    <td>{{ row.reason | t }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <p>
          <a routerLink="/gestion/travaux" [queryParams]="{ commune: selectedCommune() }">{{
            'works.staff.import.seeWorks' | t
          }}</a>
        </p>
      }
    </div>
  `,
  styles: `
    .columns {
      display: block;
      overflow-wrap: anywhere;
    }
  `,
})
export class WorkImportPage {
  private readonly api = inject(WorksStaffApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly managed = injectManagedTerritories();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly columns = CSV_COLUMNS.join(';');
  protected readonly communeId = signal<string | null>(null);
  protected readonly selectedCommune = computed(
    () => this.communeId() ?? this.managed.communes()[0]?.id ?? null,
  );
  protected readonly exampleUrl = computed(
    () => `/api/works/open-data.csv?territoryId=${this.selectedCommune() ?? ''}`,
  );
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly report = signal<WorkImportReport | null>(null);
  protected readonly error = signal<AppError | null>(null);

  protected chooseFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.fileError.set(null);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    const communeId = this.selectedCommune();
    if (this.busy() || !communeId) return;
    const problem = !file
      ? 'works.staff.import.noFile'
      : !/\.csv$/i.test(file.name)
        ? 'works.staff.import.notCsv'
        : file.size > MAX_BYTES
          ? 'works.staff.import.tooBig'
          : null;
    if (problem) {
      this.fileError.set(problem);
      this.focusOnRender('import-fichier');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.report.set(null);
    try {
      this.report.set(await this.api.importCsv(communeId, await (file as File).text()));
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
      this.focusOnRender('import-resultat');
    }
  }
}
