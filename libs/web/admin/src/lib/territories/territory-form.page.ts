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

import type { Territory, TerritoryDetail, TerritoryKind } from '@agora/contracts';
import {
  INSEE_PATTERN,
  SLUG_PATTERN,
  TONE_LABELS,
  AppError,
  FlashStore,
  PageTitleStrategy,
  TerritoryApi,
  TerritoryStore,
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
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { KIND_LABELS } from '../admin-scope';
import { AdminApi } from '../admin.api';
import { parseBoundary } from '../geojson/geojson-input';
import { slugFrom } from '../geojson/slug';
import { QuartierImportSection } from './quartier-import.section';

/** Which kinds may sit under a parent of a given kind (none: a new root). */
function childKinds(parent: TerritoryKind | null): TerritoryKind[] {
  if (parent === null) return ['metropole', 'epci'];
  if (parent === 'metropole' || parent === 'epci') return ['commune', 'quartier'];
  return ['quartier'];
}

function boundaryValidator(control: AbstractControl<string>): ValidationErrors | null {
  const parsed = parseBoundary(control.value ?? '');
  return parsed.ok ? null : { geojson: parsed.problem };
}

@Component({
  selector: 'agora-territory-form-page',
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
    QuartierImportSection,
  ],
  templateUrl: './territory-form.page.html',
})
export class TerritoryFormPage {
  /** Route parameter: the territory being edited; absent when creating one. */
  readonly id = input<string>();
  /** `?parent=`: where a new territory goes. */
  readonly parent = input<string>();

  private readonly api = inject(AdminApi);
  private readonly territoryApi = inject(TerritoryApi);
  private readonly store = inject(TerritoryStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly title = inject(PageTitleStrategy);
  private readonly i18n = inject(TranslationService);

  protected readonly kindLabels = KIND_LABELS;
  protected readonly toneLabels = TONE_LABELS;
  protected readonly editing = computed(() => !!this.id());
  protected readonly detail = signal<TerritoryDetail | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  private slugEdited = false;

  protected readonly parentTerritory = computed<Territory | null>(() =>
    this.editing() ? (this.detail()?.ancestors.at(-1) ?? null) : this.store.byId(this.parent()),
  );
  protected readonly heading = computed(() => {
    if (!this.editing()) return this.i18n.translate('admin.territory.createTitle');
    const detail = this.detail();
    return detail
      ? this.i18n.translate('admin.territory.editTitle', { name: detail.name })
      : this.i18n.translate('admin.territory.editTitleLoading');
  });
  protected readonly kinds = computed(() => childKinds(this.parentTerritory()?.kind ?? null));

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    slug: ['', [Validators.required, Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]],
    kind: ['commune' as TerritoryKind, Validators.required],
    inseeCode: ['', Validators.pattern(INSEE_PATTERN)],
    boundary: ['', boundaryValidator],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      name: { label: 'admin.territory.name' },
      slug: {
        label: 'admin.territory.slug',
        hint: 'admin.territory.slugHint',
        messages: { pattern: 'admin.territory.slugPattern' },
      },
      kind: { label: 'admin.territory.kind' },
      inseeCode: {
        label: 'admin.territory.insee',
        hint: 'admin.territory.inseeHint',
        optional: true,
        messages: { pattern: 'admin.territory.inseePattern' },
      },
      boundary: { label: 'admin.territory.boundary', hint: 'admin.territory.boundaryHint', optional: true },
    },
    'territoire',
  );
  protected readonly isCommune = signal(false);

  constructor() {
    void this.store.load();
    this.form.controls.kind.valueChanges.subscribe((kind) => this.isCommune.set(kind === 'commune'));
    effect(() => {
      const id = this.id();
      untracked(() => (id ? void this.load(id) : this.prepareCreation()));
    });
    effect(() => {
      const kinds = this.kinds();
      untracked(() => {
        if (!this.editing() && !kinds.includes(this.form.controls.kind.value))
          this.form.controls.kind.setValue(kinds[0]);
      });
    });
  }

  protected suggestSlug(): void {
    if (!this.editing() && !this.slugEdited)
      this.form.controls.slug.setValue(slugFrom(this.form.controls.name.value));
  }

  protected slugTyped(): void {
    this.slugEdited = true;
  }

  protected async submit(): Promise<void> {
    this.saved.set(false);
    if (this.busy() || !this.errors.validate()) return;
    const value = this.form.getRawValue();
    const boundary = parseBoundary(value.boundary);
    if (!boundary.ok) return;
    const inseeCode = value.kind === 'commune' && value.inseeCode.trim() ? value.inseeCode.trim() : null;
    this.busy.set(true);
    try {
      const id = this.id();
      if (id) {
        const updated = await this.api.updateTerritory(id, {
          name: value.name.trim(),
          slug: value.slug,
          inseeCode,
          boundary: boundary.value,
        });
        this.show(updated);
        this.saved.set(true);
        await this.store.reload();
      } else {
        const created = await this.api.createTerritory({
          parentId: this.parent() || undefined,
          name: value.name.trim(),
          slug: value.slug,
          kind: value.kind,
          ...(inseeCode ? { inseeCode } : {}),
          ...(boundary.value ? { boundary: boundary.value } : {}),
        });
        await this.store.reload();
        this.flash.show('admin.territory.created', 'success');
        await this.router.navigate(['/admin/territoires', created.id]);
      }
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async imported(): Promise<void> {
    const id = this.id();
    if (id) await this.load(id);
  }

  private prepareCreation(): void {
    this.detail.set(null);
    this.form.reset({ kind: this.kinds()[0] });
    this.isCommune.set(this.form.controls.kind.value === 'commune');
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      this.show(await this.territoryApi.get(id));
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  private show(detail: TerritoryDetail): void {
    this.detail.set(detail);
    this.title.setPageTitle('admin.territory.editTitle', { name: detail.name });
    this.form.reset({
      name: detail.name,
      slug: detail.slug,
      kind: detail.kind,
      inseeCode: detail.inseeCode ?? '',
      boundary: detail.boundary ? JSON.stringify(detail.boundary, null, 2) : '',
    });
    this.isCommune.set(detail.kind === 'commune');
  }
}
