import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, FormRecord, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import type { ProcessDetail } from '@agora/contracts';
import {
  FlashStore,
  SessionStore,
  TONE_LABELS,
  TerritoryStore,
  TranslatePipe,
  TranslationService,
  formErrors,
  injectFocusOnRender,
  territoriesUnder,
  toAppError,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { PHASE_LABELS } from '../../process/phase.labels';
import { StaffNavComponent } from '../staff-nav.component';
import { BuilderApi } from './builder.api';
import { injectBuilderProcess } from './builder-process.inject';
import { SLUG_PATTERN, slugOf } from './process-slug.rule';
import { RichTextEditorComponent } from './rich-text-editor.component';
import { DATED_PHASES, PhaseDates, ScheduleProblem, phaseDatesOf, scheduleOf } from './schedule-form.rule';

const SCHEDULE_ERRORS: Record<ScheduleProblem['key'], string> = {
  endWithoutStart: 'budgets.builder.schedule.error.endWithoutStart',
  endBeforeStart: 'budgets.builder.schedule.error.endBeforeStart',
  badDate: 'budgets.builder.schedule.error.badDate',
  beforePrevious: 'budgets.builder.schedule.error.beforePrevious',
};
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * `/gestion/budgets/nouvelle` and `/gestion/budgets/:slug/demarche`: what the process is (territory,
 * title, summary, description, image) and its calendar. Officials and admins only; a new process is a
 * draft that nobody else sees until its first phase opens.
 */
@Component({
  selector: 'agora-process-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    RichTextEditorComponent,
    StaffNavComponent,
  ],
  templateUrl: './process-editor.page.html',
  styles: `
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--space-4);
    }
    .dates > * {
      flex: 1 1 10rem;
    }
    .process-image {
      max-width: min(100%, 24rem);
      height: auto;
      border-radius: var(--radius, 0.25rem);
    }
  `,
})
export class ProcessEditorPage {
  /** Absent on `/gestion/budgets/nouvelle`. */
  readonly slug = input<string>('');

  private readonly api = inject(BuilderApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly session = inject(SessionStore);
  private readonly territories = inject(TerritoryStore);
  private readonly i18n = inject(TranslationService);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly phases = DATED_PHASES;
  protected readonly process = injectBuilderProcess(computed(() => this.slug()));
  protected readonly isNew = computed(() => !this.slug());
  protected readonly territoriesLoading = this.territories.loading;
  protected readonly busy = signal(false);
  protected readonly imageBusy = signal(false);
  protected readonly imageError = signal<string | null>(null);
  protected readonly imageStatus = signal<string | null>(null);
  private chosenImage: File | null = null;
  private shownId: string | null = null;
  private slugTouched = false;

  /** Where this person may launch a process: the communes (or above) where they are an official or admin. */
  protected readonly launchable = computed(() => {
    const granted = (this.session.me()?.roles ?? []).filter((grant) => grant.role === 'official' || grant.role === 'admin');
    return territoriesUnder(
      this.territories.territories(),
      granted.map((grant) => grant.territoryId),
    ).filter((line) => line.territory.kind !== 'quartier');
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    territoryId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    slug: ['', [Validators.required, Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]],
    summary: ['', Validators.maxLength(1000)],
    description: ['', Validators.maxLength(100000)],
    // One group per phase: its first and last day (checked together by scheduleOf on submit).
    dates: new FormRecord<FormGroup<{ start: FormControl<string>; end: FormControl<string> }>>(
      Object.fromEntries(DATED_PHASES.map((phase) => [phase, this.fb.group({ start: [''], end: [''] })])),
    ),
  });
  protected readonly errors = formErrors(
    this.form,
    {
      territoryId: { label: 'budgets.builder.process.territory', hint: 'budgets.builder.process.territoryHint' },
      title: { label: 'budgets.builder.process.title' },
      slug: {
        label: 'budgets.builder.process.slug',
        hint: 'budgets.builder.process.slugHint',
        messages: { pattern: 'budgets.builder.process.slugPattern' },
      },
      summary: { label: 'budgets.builder.process.summary', hint: 'budgets.builder.process.summaryHint', optional: true },
      description: {
        label: 'budgets.builder.process.description',
        hint: 'budgets.builder.process.descriptionHint',
        optional: true,
        serverFields: ['descriptionHtml'],
      },
    },
    'demarche',
  );

  constructor() {
    void this.territories.load();
    this.form.controls.title.valueChanges.subscribe((title) => {
      if (this.isNew() && !this.slugTouched) this.form.controls.slug.setValue(slugOf(title), { emitEvent: false });
    });
    effect(() => {
      // Filled once per process: a later update of the page (a new image) keeps what is being typed.
      const page = this.process.page();
      if (page && !this.isNew() && page.process.id !== this.shownId) untracked(() => this.show(page.process));
    });
    effect(() => {
      // A single territory: nothing to choose.
      const lines = this.launchable();
      if (this.isNew() && lines.length === 1 && !this.form.controls.territoryId.value)
        untracked(() => this.form.controls.territoryId.setValue(lines[0].territory.id));
    });
  }

  protected slugEdited(): void {
    this.slugTouched = true;
  }

  protected imageChosen(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.imageError.set(null);
    this.chosenImage = null;
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) this.imageError.set(this.i18n.translate('budgets.builder.image.type'));
    else if (file.size > IMAGE_MAX_BYTES) this.imageError.set(this.i18n.translate('budgets.builder.image.size'));
    else this.chosenImage = file;
  }

  protected async sendImage(): Promise<void> {
    const page = this.process.page();
    if (!page || this.imageBusy()) return;
    if (!this.chosenImage) {
      if (!this.imageError()) this.imageError.set(this.i18n.translate('budgets.builder.image.none'));
      this.focusOnRender('demarche-image');
      return;
    }
    this.imageBusy.set(true);
    try {
      const detail = await this.api.uploadImage(page.process.id, this.chosenImage, this.chosenImage.name);
      this.process.set({ ...page, process: detail });
      this.imageStatus.set(this.i18n.translate('budgets.builder.image.saved'));
    } catch (error) {
      this.imageError.set(this.i18n.translate(toAppError(error).message));
      this.focusOnRender('demarche-image');
    } finally {
      this.imageBusy.set(false);
    }
  }

  protected async removeImage(): Promise<void> {
    const page = this.process.page();
    if (!page || this.imageBusy()) return;
    this.imageBusy.set(true);
    try {
      await this.api.removeImage(page.process.id);
      this.process.set({ ...page, process: { ...page.process, imagePath: null } });
      this.imageStatus.set(this.i18n.translate('budgets.builder.image.removed'));
      this.focusOnRender('demarche-image-titre');
    } catch (error) {
      this.imageError.set(this.i18n.translate(toAppError(error).message));
    } finally {
      this.imageBusy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const page = this.process.page();
    if (!this.isNew()) {
      // The territory and the address are chosen once; the form keeps them only to show them.
      this.form.controls.territoryId.setValue(page?.process.territoryId ?? '');
      this.form.controls.slug.setValue(page?.process.slug ?? '');
    }
    if (!this.errors.validate()) return;
    const dates = this.form.controls.dates.getRawValue();
    const schedule = scheduleOf(DATED_PHASES.map((phase): PhaseDates => ({ phase, start: dates[phase]?.start ?? '', end: dates[phase]?.end ?? '' })));
    if (!schedule.ok) {
      const problem = schedule.problems[0];
      this.errors.fail(SCHEDULE_ERRORS[problem.key], {
        phase: this.i18n.translate(PHASE_LABELS[problem.phase]),
        previous: 'previous' in problem ? this.i18n.translate(PHASE_LABELS[problem.previous]) : '',
      });
      return;
    }
    const value = this.form.getRawValue();
    const common = {
      title: value.title.trim(),
      summary: value.summary.trim(),
      descriptionHtml: value.description,
      schedule: schedule.schedule,
    };
    this.busy.set(true);
    try {
      if (page && !this.isNew()) {
        const detail = await this.api.update(page.process.id, common);
        this.process.set({ ...page, process: detail });
        this.errors.clear();
        this.flash.show('budgets.builder.process.saved', 'success');
        this.focusOnRender('demarche-enregistree');
      } else {
        let detail = await this.api.create({ ...common, territoryId: value.territoryId, kind: 'budget', slug: value.slug });
        if (this.chosenImage) {
          try {
            detail = await this.api.uploadImage(detail.id, this.chosenImage, this.chosenImage.name);
          } catch {
            // The process exists: the image can be sent again from its page, which says there is none.
            this.flash.show('budgets.builder.image.notSent', 'warning');
          }
        }
        if (!this.chosenImage || detail.imagePath) this.flash.show('budgets.builder.process.created', 'success');
        void this.router.navigate(['/gestion/budgets', detail.slug, 'enveloppes']);
      }
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private show(process: ProcessDetail): void {
    this.shownId = process.id;
    this.form.reset({
      territoryId: process.territoryId,
      title: process.title,
      slug: process.slug,
      summary: process.summary,
      description: process.descriptionHtml,
      dates: Object.fromEntries(phaseDatesOf(process.schedule).map((line) => [line.phase, { start: line.start, end: line.end }])),
    });
  }
}
