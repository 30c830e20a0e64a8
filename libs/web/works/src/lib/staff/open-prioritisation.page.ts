import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type {
  PrioritisationMode,
  PrioritisationRankingRule,
  ProcessDetail,
  WorkSummary,
} from '@agora/contracts';
import { SLUG_PATTERN, TONE_LABELS, TranslatePipe, formErrors } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { WORK_STATUS_LABELS } from '../work.labels';
import { WorksApi } from '../works.api';
import { injectManagedTerritories } from './managed-territories.inject';
import { PrioritisationAdminSection } from './prioritisation-admin.section';
import { WorksStaffNavComponent } from './staff-nav.component';
import { WorksStaffApi } from './works-staff.api';

/** Works already finished or given up are not put to residents. */
const OPEN_STATUSES = new Set(['a_l_etude', 'programme', 'en_travaux']);

/**
 * `/gestion/travaux/priorisation`: an official opens a prioritisation of a quartier's works (a
 * process of kind `prioritisation`, its rules, then the vote), and closes, counts and publishes it.
 */
@Component({
  selector: 'agora-open-prioritisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    NoticeComponent,
    PageHeaderComponent,
    PrioritisationAdminSection,
    WorksStaffNavComponent,
  ],
  templateUrl: './open-prioritisation.page.html',
  styles: `
    .radio,
    .checkbox {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--color-primary);
    }
  `,
})
export class OpenPrioritisationPage {
  private readonly api = inject(WorksApi);
  private readonly staffApi = inject(WorksStaffApi);
  protected readonly managed = injectManagedTerritories();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = WORK_STATUS_LABELS;
  protected readonly busy = signal(false);
  protected readonly works = signal<WorkSummary[]>([]);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly opened = signal<ProcessDetail | null>(null);
  /** A process created by a first attempt that failed later on: the next attempt reuses it. */
  private draft: ProcessDetail | null = null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    quartierId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    slug: ['', [Validators.required, Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]],
    summary: ['', Validators.maxLength(1000)],
    mode: ['ranking' as PrioritisationMode],
    rankingRule: ['borda' as PrioritisationRankingRule],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      quartierId: { label: 'works.staff.open.quartier' },
      title: { label: 'works.staff.open.titleLabel', hint: 'works.staff.open.titleHint' },
      slug: {
        label: 'works.staff.open.slug',
        hint: 'works.staff.open.slugHint',
        messages: { pattern: 'works.staff.open.slugPattern' },
      },
      summary: { label: 'works.staff.open.summary', optional: true },
      mode: { label: 'works.staff.open.mode' },
      rankingRule: { label: 'works.staff.open.rule', serverFields: ['workIds'] },
    },
    'priorisation',
  );
  private readonly quartier = signal('');
  protected readonly mode = signal<PrioritisationMode>('ranking');
  protected readonly openWorks = computed(() =>
    this.works().filter((work) => OPEN_STATUSES.has(work.status)),
  );

  constructor() {
    this.form.controls.quartierId.valueChanges.subscribe((value) => this.quartier.set(value));
    this.form.controls.mode.valueChanges.subscribe((value) => this.mode.set(value));
    effect(() => {
      const quartierId = this.quartier();
      untracked(() => void this.loadWorks(quartierId));
    });
  }

  protected toggle(id: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.chosen.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    const workIds = this.openWorks()
      .map((work) => work.id)
      .filter((id) => this.chosen().has(id));
    if (workIds.length < 2) {
      this.errors.fail('works.staff.open.twoWorks');
      return;
    }
    const value = this.form.getRawValue();
    const commune = this.managed.communeOf(value.quartierId);
    if (!commune) return;
    this.busy.set(true);
    try {
      this.draft ??= await this.staffApi.createProcess({
        territoryId: commune.id,
        kind: 'prioritisation',
        slug: value.slug,
        title: value.title.trim(),
        ...(value.summary.trim() ? { summary: value.summary.trim() } : {}),
      });
      await this.staffApi.openPrioritisation(this.draft.id, {
        quartierId: value.quartierId,
        mode: value.mode,
        rankingRule: value.mode === 'ranking' ? value.rankingRule : null,
        workIds,
      });
      this.opened.set(await this.staffApi.changePhase(this.draft.id, { phase: 'vote' }));
      this.draft = null;
      this.errors.clear();
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadWorks(quartierId: string): Promise<void> {
    this.chosen.set(new Set());
    if (!quartierId) {
      this.works.set([]);
      return;
    }
    try {
      const works = await this.api.allIn(quartierId);
      this.works.set(works);
      this.chosen.set(new Set(works.filter((work) => OPEN_STATUSES.has(work.status)).map((work) => work.id)));
    } catch (error) {
      this.works.set([]);
      this.errors.showApiError(error);
    }
  }
}
