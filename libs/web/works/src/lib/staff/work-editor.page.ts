import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import type { WorkCategory, WorkDetail, WorkStatus, WorkSummary } from '@agora/contracts';
import {
  AppError,
  FlashStore,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  formErrors,
  toAppError,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  MapComponent,
  MapCoordinates,
  MapTexts,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { WorkTimelineComponent } from '../works/timeline.component';
import { injectTerritoryAreas } from '../works/works-map.inject';
import {
  WORK_CATEGORY_CODES,
  WORK_CATEGORY_LABELS,
  WORK_STATUS_CODES,
  WORK_STATUS_LABELS,
} from '../work.labels';
import { parsePlaceText } from '../work-place.rule';
import { WorksApi } from '../works.api';
import { injectManagedTerritories } from './managed-territories.inject';
import { WorksStaffNavComponent } from './staff-nav.component';
import { TimelineUpdateSection } from './timeline-update.section';
import { formValueOf, workFields } from './work-form.rule';
import { WorksStaffApi } from './works-staff.api';

type PlaceMode = 'none' | 'map' | 'geojson';

const PLACE_MODES: Array<{ mode: PlaceMode; label: string }> = [
  { mode: 'none', label: 'works.staff.form.place.none' },
  { mode: 'map', label: 'works.staff.form.place.map' },
  { mode: 'geojson', label: 'works.staff.form.place.geojson' },
];

function placeTextValidator(control: AbstractControl<string>): ValidationErrors | null {
  const parsed = parsePlaceText(control.value ?? '');
  return parsed.ok ? null : { place: { key: parsed.key } };
}

/** `/gestion/travaux/nouveau` and `/gestion/travaux/:id`: create or edit a work, post updates. */
@Component({
  selector: 'agora-work-editor-page',
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
    MapComponent,
    NoticeComponent,
    PageHeaderComponent,
    TimelineUpdateSection,
    WorkTimelineComponent,
    WorksStaffNavComponent,
  ],
  templateUrl: './work-editor.page.html',
  styles: `
    .radio {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--color-primary);
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--space-4);
    }
    .pair > * {
      flex: 1 1 12rem;
    }
  `,
})
export class WorkEditorPage {
  /** Absent on `/gestion/travaux/nouveau`. */
  readonly id = input<string>();

  private readonly api = inject(WorksApi);
  private readonly staffApi = inject(WorksStaffApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly i18n = inject(TranslationService);
  protected readonly managed = injectManagedTerritories();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly placeModes = PLACE_MODES;
  protected readonly statuses = WORK_STATUS_CODES;
  protected readonly categories = WORK_CATEGORY_CODES;
  protected readonly statusLabels = WORK_STATUS_LABELS;
  protected readonly categoryLabels = WORK_CATEGORY_LABELS;
  protected readonly work = signal<WorkDetail | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly siblings = signal<WorkSummary[]>([]);
  protected readonly busy = signal(false);
  protected readonly placeMode = signal<PlaceMode>('none');
  protected readonly point = signal<MapCoordinates | null>(null);
  protected readonly isNew = computed(() => !this.id());

  protected readonly form = inject(NonNullableFormBuilder).group({
    territoryId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    category: ['' as string, Validators.required],
    status: ['a_l_etude' as string, Validators.required],
    statusReason: ['', Validators.maxLength(2000)],
    progress: [
      '0' as string | number | null,
      [Validators.min(0), Validators.max(100), Validators.pattern(/^\d{1,3}$/)],
    ],
    description: ['', Validators.maxLength(20000)],
    estimatedCost: ['' as string | number | null, Validators.min(0)],
    estimatedDurationDays: [
      '' as string | number | null,
      [Validators.min(1), Validators.max(36500), Validators.pattern(/^\d+$/)],
    ],
    plannedStartOn: [''],
    plannedEndOn: [''],
    actualStartOn: [''],
    actualEndOn: [''],
    budgetLine: ['', Validators.maxLength(100)],
    amountSpent: ['' as string | number | null, Validators.min(0)],
    parentId: [''],
    placeText: ['', placeTextValidator],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      territoryId: { label: 'works.staff.form.territory' },
      title: { label: 'works.staff.form.title' },
      category: { label: 'works.staff.form.category' },
      status: { label: 'works.staff.form.status' },
      statusReason: { label: 'works.staff.form.statusReason', hint: 'works.staff.form.statusReasonHint' },
      progress: {
        label: 'works.staff.form.progress',
        hint: 'works.staff.form.progressHint',
        messages: {
          min: 'works.staff.form.progressRange',
          max: 'works.staff.form.progressRange',
          pattern: 'works.staff.form.progressRange',
        },
      },
      description: { label: 'works.staff.form.description', optional: true },
      estimatedCost: {
        label: 'works.staff.form.estimatedCost',
        optional: true,
        messages: { min: 'works.staff.form.amountPositive' },
        serverFields: ['estimatedCostCents'],
      },
      estimatedDurationDays: {
        label: 'works.staff.form.duration',
        optional: true,
        messages: {
          min: 'works.staff.form.durationRange',
          max: 'works.staff.form.durationRange',
          pattern: 'works.staff.form.durationRange',
        },
      },
      plannedStartOn: { label: 'works.staff.form.plannedStart', optional: true },
      plannedEndOn: { label: 'works.staff.form.plannedEnd', optional: true },
      actualStartOn: { label: 'works.staff.form.actualStart', optional: true },
      actualEndOn: { label: 'works.staff.form.actualEnd', optional: true },
      budgetLine: {
        label: 'works.staff.form.budgetLine',
        hint: 'works.staff.form.budgetLineHint',
        optional: true,
      },
      amountSpent: {
        label: 'works.staff.form.amountSpent',
        optional: true,
        messages: { min: 'works.staff.form.amountPositive' },
        serverFields: ['amountSpentCents'],
      },
      parentId: { label: 'works.staff.form.parent', hint: 'works.staff.form.parentHint', optional: true },
      placeText: {
        label: 'works.staff.form.placeText',
        hint: 'works.staff.form.placeTextHint',
        serverFields: ['place'],
      },
    },
    'travail',
  );
  private readonly territoryValue = signal('');
  protected readonly abandoned = signal(false);
  protected readonly areas = injectTerritoryAreas(computed(() => this.territoryValue() || null));
  protected readonly mapTexts = computed<MapTexts>(() => ({
    label: this.i18n.translate('works.staff.form.mapLabel'),
    listHeading: this.i18n.translate('works.work.mapList'),
    emptyList: this.i18n.translate('works.list.noPlace'),
    pickHint: this.i18n.translate('works.staff.form.pickHint'),
    pickedIn: this.i18n.translate('works.staff.form.pickedIn'),
    pickedOutside: this.i18n.translate('works.staff.form.pickedOutside'),
  }));

  constructor() {
    this.form.controls.territoryId.valueChanges.subscribe((value) => this.territoryValue.set(value));
    this.form.controls.status.valueChanges.subscribe((value) => this.setAbandoned(value === 'abandonne'));
    effect(() => {
      const id = this.id();
      if (id) untracked(() => void this.load(id));
    });
    effect(() => {
      const territoryId = this.territoryValue();
      const communeId = territoryId ? (this.managed.communeOf(territoryId)?.id ?? null) : null;
      untracked(() => void this.loadSiblings(communeId));
    });
  }

  protected choosePlace(mode: PlaceMode): void {
    this.placeMode.set(mode);
    if (mode !== 'map') this.point.set(null);
    if (mode !== 'geojson') this.form.controls.placeText.setValue('');
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.placeMode() === 'map' && !this.point()) {
      this.errors.fail('works.staff.form.pickFirst');
      return;
    }
    if (!this.errors.validate()) return;
    this.busy.set(true);
    const value = this.form.getRawValue();
    const point = this.point();
    const place =
      this.placeMode() === 'map' && point
        ? { type: 'Point' as const, coordinates: [point.lng, point.lat] as [number, number] }
        : this.placeMode() === 'geojson'
          ? (parsePlaceText(value.placeText) as { ok: true; value: WorkDetail['place'] }).value
          : null;
    const common = {
      ...workFields(value, place, { hasChildren: (this.work()?.childCount ?? 0) > 0 }),
      territoryId: value.territoryId,
      title: value.title.trim(),
      category: value.category as WorkCategory,
      status: value.status as WorkStatus,
      statusReason: value.status === 'abandonne' ? value.statusReason.trim() : null,
    };
    try {
      const id = this.id();
      const saved = id ? await this.staffApi.update(id, common) : await this.staffApi.create(common);
      this.flash.show(id ? 'works.staff.form.saved' : 'works.staff.form.created', 'success');
      if (id) {
        this.show(saved);
        this.errors.clear();
      } else {
        void this.router.navigate(['/gestion/travaux', saved.id]);
      }
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async entryAdded(): Promise<void> {
    const id = this.id();
    if (id) this.show(await this.api.detail(id));
  }

  private setAbandoned(abandoned: boolean): void {
    this.abandoned.set(abandoned);
    const reason = this.form.controls.statusReason;
    reason.setValidators(
      abandoned ? [Validators.required, Validators.maxLength(2000)] : [Validators.maxLength(2000)],
    );
    reason.updateValueAndValidity();
  }

  private async load(id: string): Promise<void> {
    try {
      const work = await this.api.detail(id);
      this.show(work);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  private show(work: WorkDetail): void {
    this.work.set(work);
    this.form.patchValue(formValueOf(work));
    this.setAbandoned(work.status === 'abandonne');
    if (work.place?.type === 'Point') {
      this.placeMode.set('map');
      this.point.set({ lng: work.place.coordinates[0], lat: work.place.coordinates[1] });
    } else if (work.place) {
      this.placeMode.set('geojson');
      this.form.controls.placeText.setValue(JSON.stringify(work.place));
    }
  }

  /** The works a work can be part of: those of the same commune, except itself. */
  private async loadSiblings(communeId: string | null): Promise<void> {
    if (!communeId) {
      this.siblings.set([]);
      return;
    }
    try {
      const works = await this.api.allIn(communeId);
      this.siblings.set(works.filter((item) => item.id !== this.id()));
    } catch {
      // Without the list the parent cannot be changed; the rest of the form still works.
      this.siblings.set([]);
    }
  }
}
