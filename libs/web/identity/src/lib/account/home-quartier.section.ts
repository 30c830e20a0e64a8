import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';

import type { Me } from '@agora/contracts';
import {
  MessageParams,
  SessionStore,
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
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

interface Status {
  key: string;
  params?: MessageParams;
}

const GEOLOCATION_ERRORS: Record<number, string> = {
  1: 'account.quartier.locateDenied',
  2: 'account.quartier.locateUnavailable',
  3: 'account.quartier.locateTimeout',
};

/**
 * The home quartier, picked from a list grouped by commune, or found from the device's position
 * (the API tells which quartier contains the point). Finding it only fills the list: saving stays
 * the person's decision.
 */
@Component({
  selector: 'agora-home-quartier-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
  ],
  templateUrl: './home-quartier.section.html',
})
export class HomeQuartierSection {
  readonly me = input.required<Me>();

  private readonly api = inject(IdentityApi);
  private readonly territoryApi = inject(TerritoryApi);
  private readonly session = inject(SessionStore);
  private readonly geolocation = inject(DOCUMENT).defaultView?.navigator.geolocation ?? null;
  protected readonly territories = inject(TerritoryStore);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly canLocate = this.geolocation !== null;
  protected readonly form = inject(NonNullableFormBuilder).group({ homeTerritoryId: [''] });
  protected readonly errors = formErrors(
    this.form,
    { homeTerritoryId: { label: 'account.quartier.field', hint: 'account.quartier.hint' } },
    'quartier',
  );
  protected readonly busy = signal(false);
  protected readonly locating = signal(false);
  protected readonly status = signal<Status | null>(null);
  protected readonly saved = signal(false);
  protected readonly current = computed(() => this.me().homeTerritoryName);

  constructor() {
    const savedId = computed(() => this.me().homeTerritoryId);
    effect(() => this.form.controls.homeTerritoryId.setValue(savedId() ?? ''));
  }

  protected locate(): void {
    if (!this.geolocation || this.locating()) return;
    this.locating.set(true);
    this.saved.set(false);
    this.status.set({ key: 'account.quartier.locating' });
    this.geolocation.getCurrentPosition(
      (position) => void this.findQuartier(position.coords.latitude, position.coords.longitude),
      (error) => {
        this.locating.set(false);
        this.status.set({ key: GEOLOCATION_ERRORS[error.code] ?? 'account.quartier.locateUnavailable' });
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.saved.set(false);
    this.errors.clear();
    try {
      const homeTerritoryId = this.form.getRawValue().homeTerritoryId || null;
      this.session.signedInAs(await this.api.updateProfile({ homeTerritoryId }));
      this.status.set(null);
      this.saved.set(true);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async findQuartier(lat: number, lng: number): Promise<void> {
    try {
      const quartier = await this.territoryApi.locate(lat, lng);
      this.form.controls.homeTerritoryId.setValue(quartier.id);
      const commune = this.territories.byId(quartier.parentId);
      this.status.set({
        key: commune ? 'account.quartier.locatedIn' : 'account.quartier.located',
        params: { quartier: quartier.name, commune: commune?.name ?? '' },
      });
    } catch (error) {
      const notFound = toAppError(error).status === 404;
      this.status.set({ key: notFound ? 'account.quartier.locateNone' : 'account.quartier.locateFailed' });
    } finally {
      this.locating.set(false);
    }
  }
}
