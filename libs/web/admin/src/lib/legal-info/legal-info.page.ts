import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type { LegalInfo, TerritoryDetail } from '@agora/contracts';
import {
  AppError,
  LegalInfoStore,
  PageTitleStrategy,
  TONE_LABELS,
  TerritoryApi,
  TerritoryStore,
  TranslatePipe,
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

import { AdminApi } from '../admin.api';

const STATUS_OPTIONS: Array<{ value: LegalInfo['accessibilityStatus']; label: string }> = [
  { value: 'totale', label: 'admin.legal.statusFull' },
  { value: 'partielle', label: 'admin.legal.statusPartial' },
  { value: 'non conforme', label: 'admin.legal.statusNone' },
];

/** What the territory publishes in its mentions légales, données personnelles and accessibility statement. */
@Component({
  selector: 'agora-legal-info-page',
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
  ],
  templateUrl: './legal-info.page.html',
})
export class LegalInfoPage {
  readonly id = input.required<string>();

  private readonly api = inject(AdminApi);
  private readonly territoryApi = inject(TerritoryApi);
  private readonly legalStore = inject(LegalInfoStore);
  private readonly territories = inject(TerritoryStore);
  private readonly title = inject(PageTitleStrategy);

  protected readonly statusOptions = STATUS_OPTIONS;
  protected readonly toneLabels = TONE_LABELS;
  protected readonly territory = signal<TerritoryDetail | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    publisherName: ['', [Validators.required, Validators.maxLength(200)]],
    publisherAddress: ['', [Validators.required, Validators.maxLength(500)]],
    publicationDirector: ['', [Validators.required, Validators.maxLength(200)]],
    host: ['', [Validators.required, Validators.maxLength(500)]],
    dpoName: ['', [Validators.required, Validators.maxLength(200)]],
    dpoContact: ['', [Validators.required, Validators.maxLength(254)]],
    dataProcessing: ['', [Validators.required, Validators.maxLength(20000)]],
    retention: ['', [Validators.required, Validators.maxLength(200)]],
    accessibilityStatus: ['non conforme' as LegalInfo['accessibilityStatus'], Validators.required],
    accessibilityDetails: ['', [Validators.required, Validators.maxLength(20000)]],
    accessibilityContact: ['', [Validators.required, Validators.maxLength(254)]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      publisherName: { label: 'admin.legal.publisherName', hint: 'admin.legal.publisherNameHint' },
      publisherAddress: { label: 'admin.legal.publisherAddress' },
      publicationDirector: {
        label: 'admin.legal.publicationDirector',
        hint: 'admin.legal.publicationDirectorHint',
      },
      host: { label: 'admin.legal.host', hint: 'admin.legal.hostHint' },
      dpoName: { label: 'admin.legal.dpoName' },
      dpoContact: { label: 'admin.legal.dpoContact', hint: 'admin.legal.contactHint' },
      dataProcessing: { label: 'admin.legal.dataProcessing', hint: 'admin.legal.dataProcessingHint' },
      retention: { label: 'admin.legal.retention', hint: 'admin.legal.retentionHint' },
      accessibilityStatus: { label: 'admin.legal.accessibilityStatus' },
      accessibilityDetails: {
        label: 'admin.legal.accessibilityDetails',
        hint: 'admin.legal.accessibilityDetailsHint',
      },
      accessibilityContact: { label: 'admin.legal.accessibilityContact', hint: 'admin.legal.contactHint' },
    },
    'mentions',
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async submit(): Promise<void> {
    this.saved.set(false);
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      this.form.reset(await this.api.saveLegal(this.id(), this.form.getRawValue()));
      this.saved.set(true);
      this.legalStore.invalidate();
      const root = this.territories.root();
      if (root) void this.legalStore.loadRoot(root.id);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      const [territory, legal] = await Promise.all([this.territoryApi.get(id), this.api.legal(id)]);
      this.territory.set(territory);
      this.title.setPageTitle('admin.legal.pageTitle', { name: territory.name });
      this.form.reset(legal);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }
}
