import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';

import type { GeoPoint, MapPointQuestion } from '@agora/consultation-rules';
import { TranslatePipe, TranslationService } from '@agora/web-core';
import { MapComponent, type MapArea, type MapTexts } from '@agora/web-ui';

function isPoint(value: unknown): value is GeoPoint {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as GeoPoint).lng === 'number' &&
    typeof (value as GeoPoint).lat === 'number'
  );
}

/**
 * A point on the territory's outline: a click or the arrow keys on the drawing place it; the latitude
 * and longitude fields do the same for those who know the coordinates (and show where it landed).
 */
@Component({
  selector: 'agora-map-point-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MapComponent],
  template: `
    <agora-map
      mode="pick"
      [mapId]="controlId() + '-map'"
      [areas]="areas()"
      [picked]="point()"
      [showList]="false"
      [texts]="texts()"
      (pick)="valueChange.emit({ lng: round($event.lng), lat: round($event.lat) })"
    />
    <p class="field__hint">{{ 'consultations.answer.coordinatesHint' | t }}</p>
    <div class="coordinates">
      <div class="field">
        <label class="field__label" [attr.for]="controlId() + '-lat'">{{
          'consultations.answer.latitude' | t
        }}</label>
        <input
          class="control control--short"
          type="number"
          step="any"
          inputmode="decimal"
          [id]="controlId() + '-lat'"
          [value]="point()?.lat ?? ''"
          (change)="typed('lat', $any($event.target).value)"
        />
      </div>
      <div class="field">
        <label class="field__label" [attr.for]="controlId() + '-lng'">{{
          'consultations.answer.longitude' | t
        }}</label>
        <input
          class="control control--short"
          type="number"
          step="any"
          inputmode="decimal"
          [id]="controlId() + '-lng'"
          [value]="point()?.lng ?? ''"
          (change)="typed('lng', $any($event.target).value)"
        />
      </div>
    </div>
  `,
  styles: `
    .coordinates {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
    }
  `,
})
export class MapPointInputComponent {
  readonly question = input.required<MapPointQuestion>();
  readonly value = input<unknown>(undefined);
  readonly controlId = input.required<string>();
  readonly valueChange = output<GeoPoint | undefined>();

  private readonly i18n = inject(TranslationService);
  protected readonly areas = computed<MapArea[]>(() => [
    {
      id: 'territoire',
      label: this.i18n.translate('consultations.answer.mapArea'),
      boundary: this.question().boundary,
    },
  ]);
  protected readonly texts = computed<MapTexts>(() => ({
    label: this.i18n.translate('consultations.answer.mapLabel'),
    listHeading: '',
    emptyList: '',
    pickHint: this.i18n.translate('consultations.answer.mapHint'),
    pickedIn: this.i18n.translate('consultations.answer.mapPicked'),
    pickedOutside: this.i18n.translate('consultations.answer.mapOutside'),
  }));
  protected readonly point = computed(() => {
    const value = this.value();
    return isPoint(value) ? value : null;
  });
  /** A half-typed pair waits here until both numbers are known. */
  private pending: Partial<GeoPoint> = {};

  /** Six decimals of a degree: about 10 cm, more than a click can tell. */
  protected round(degrees: number): number {
    return Math.round(degrees * 1e6) / 1e6;
  }

  protected typed(axis: 'lat' | 'lng', text: string): void {
    const number = text.trim() === '' ? undefined : Number(text.replace(',', '.'));
    const current = this.point() ?? this.pending;
    const next: Partial<GeoPoint> = { ...current, [axis]: Number.isFinite(number) ? number : undefined };
    if (typeof next.lat === 'number' && typeof next.lng === 'number') {
      this.pending = {};
      this.valueChange.emit({ lng: next.lng, lat: next.lat });
    } else {
      this.pending = next;
      if (this.point()) this.valueChange.emit(undefined);
    }
  }
}
