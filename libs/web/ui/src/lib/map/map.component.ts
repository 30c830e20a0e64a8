import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  TemplateRef,
  computed,
  input,
  output,
  signal,
} from '@angular/core';

import { MapCoordinates, MapGeometry, createProjection, geometryContains } from './map.projection';

/** A territory or quartier outline to draw (its GeoJSON boundary from the territories API). */
export interface MapArea {
  id: string;
  label: string;
  boundary: MapGeometry;
}

/** A place to mark: a project, a proposal, a works site. */
export interface MapPoint extends MapCoordinates {
  id: string;
  label: string;
  /** Said after the label in the text list, e.g. the quartier or the address. */
  detail?: string | null;
}

/** Every text the map shows or says, already translated by the page. */
export interface MapTexts {
  /** Accessible name of the drawing, e.g. "Carte des projets". */
  label: string;
  /** Heading of the text list that repeats every point. */
  listHeading: string;
  /** Said instead of the list when there is no point. */
  emptyList: string;
  /** Pick mode: how to place the point with a mouse and with the arrow keys. */
  pickHint?: string;
  /** Pick mode: announced after a placement; `{area}` becomes the area's name. */
  pickedIn?: string;
  /** Pick mode: announced when the point falls outside every drawn area. */
  pickedOutside?: string;
  /** Pick mode: names the placed point in the text list (its coordinates and area follow). */
  pickedLabel?: string;
}

/** Arrow keys move the point by this share of the drawing (ten times more with Shift). */
const KEY_STEP = 0.01;

/**
 * A map drawn in SVG from GeoJSON outlines, with numbered points repeated as a text list: no tile
 * server, no script from elsewhere, so it works offline and under a strict CSP. In `pick` mode a
 * click (or the arrow keys, once the drawing has focus) places one point, emitted by `pick`, and a
 * live region says in which area it fell. The text list is the accessible equivalent of the
 * drawing; a page can render each entry with `itemTemplate` (context: `$implicit` = the point,
 * `index` = its number on the map), e.g. as a link.
 */
@Component({
  selector: 'agora-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  template: `
    @let map = projection();
    <figure class="map">
      <svg
        class="map__drawing"
        [class.map__drawing--pick]="mode() === 'pick'"
        [attr.viewBox]="'0 0 ' + map.width + ' ' + map.height"
        preserveAspectRatio="xMidYMid meet"
        [attr.role]="mode() === 'pick' ? 'application' : 'img'"
        [attr.aria-label]="texts().label"
        [attr.aria-describedby]="mode() === 'pick' && texts().pickHint ? mapId() + '-hint' : null"
        [attr.tabindex]="mode() === 'pick' ? 0 : null"
        (click)="clicked($event)"
        (keydown)="keyed($event)"
      >
        @for (area of drawnAreas(); track area.id) {
          <path class="map__area" [attr.d]="area.d" fill-rule="evenodd">
            <title>{{ area.label }}</title>
          </path>
        }
        @for (area of drawnAreas(); track area.id) {
          @if (area.labelAt; as at) {
            <text
              class="map__area-label"
              [attr.x]="at.x"
              [attr.y]="at.y"
              text-anchor="middle"
              aria-hidden="true"
            >
              {{ area.label }}
            </text>
          }
        }
        @for (point of drawnPoints(); track point.id; let i = $index) {
          <g
            class="map__point"
            [class.map__point--active]="point.id === activeId()"
            (click)="pointClicked($event, point.id)"
          >
            <title>{{ i + 1 }}. {{ point.label }}</title>
            <circle [attr.cx]="point.x" [attr.cy]="point.y" r="14" />
            <text [attr.x]="point.x" [attr.y]="point.y + 5" text-anchor="middle" aria-hidden="true">
              {{ i + 1 }}
            </text>
          </g>
        }
        @if (marker(); as m) {
          <g class="map__marker" aria-hidden="true">
            <circle [attr.cx]="m.x" [attr.cy]="m.y" r="12" />
            <path
              [attr.d]="
                'M' +
                (m.x - 20) +
                ' ' +
                m.y +
                'H' +
                (m.x + 20) +
                'M' +
                m.x +
                ' ' +
                (m.y - 20) +
                'V' +
                (m.y + 20)
              "
            />
          </g>
        }
      </svg>
      @if (mode() === 'pick') {
        @if (texts().pickHint) {
          <figcaption class="field__hint" [id]="mapId() + '-hint'">{{ texts().pickHint }}</figcaption>
        }
        <p class="visually-hidden" role="status" aria-live="polite">{{ announcement() }}</p>
      }
    </figure>
    @if (showList()) {
      <section class="map__list" [attr.aria-labelledby]="mapId() + '-list'">
        <h3 class="map__list-heading" [id]="mapId() + '-list'">{{ texts().listHeading }}</h3>
        @if (pickedEntry(); as entry) {
          <p class="map__picked">
            {{ entry.label }} <span class="map__item-detail"> — {{ entry.detail }}</span>
          </p>
        }
        @if (listedPoints().length) {
          <ol class="map__items">
            @for (point of listedPoints(); track point.id; let i = $index) {
              <li [class.map__item--active]="point.id === activeId()" [attr.value]="i + 1">
                @if (itemTemplate(); as template) {
                  <ng-container *ngTemplateOutlet="template; context: { $implicit: point, index: i + 1 }" />
                } @else {
                  {{ point.label }}
                  @if (point.detail) {
                    <span class="map__item-detail"> — {{ point.detail }}</span>
                  }
                }
              </li>
            }
          </ol>
        } @else if (!pickedEntry()) {
          <p>{{ texts().emptyList }}</p>
        }
      </section>
    }
  `,
  styles: `
    .map {
      margin: 0 0 var(--space-3);
    }
    .map__drawing {
      display: block;
      width: 100%;
      max-height: 28rem;
      background: var(--color-surface);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
    }
    .map__drawing--pick {
      cursor: crosshair;
    }
    .map__drawing:focus-visible {
      outline: 3px solid var(--color-focus);
      box-shadow: 0 0 0 6px var(--color-focus-text);
    }
    .map__area {
      fill: var(--color-primary-light);
      stroke: var(--color-primary);
      stroke-width: 2;
    }
    .map__area-label {
      fill: var(--color-muted);
      font-size: 22px;
      pointer-events: none;
    }
    .map__point circle {
      fill: var(--color-primary);
      stroke: var(--color-background);
      stroke-width: 3;
      cursor: pointer;
    }
    .map__point text {
      fill: var(--color-background);
      font-size: 15px;
      font-weight: 700;
      pointer-events: none;
    }
    .map__point--active circle {
      fill: var(--color-focus-text);
      stroke: var(--color-focus);
      stroke-width: 5;
    }
    .map__marker circle {
      fill: var(--color-error);
      stroke: var(--color-background);
      stroke-width: 3;
    }
    .map__marker path {
      stroke: var(--color-focus-text);
      stroke-width: 2;
    }
    .map__list-heading {
      font-size: 1.1rem;
    }
    .map__item--active {
      font-weight: 700;
    }
    .map__item-detail {
      color: var(--color-muted);
    }
  `,
})
export class MapComponent {
  /** Outlines to draw; the drawing is framed on them (and on the points). */
  readonly areas = input<readonly MapArea[]>([]);
  /** Places to mark; points without coordinates belong in the page's own text, not here. */
  readonly points = input<readonly MapPoint[]>([]);
  readonly texts = input.required<MapTexts>();
  /** `view` shows; `pick` also lets the person place one point. */
  readonly mode = input<'view' | 'pick'>('view');
  /** Pick mode: the point placed so far. */
  readonly picked = input<MapCoordinates | null>(null);
  /** The point to highlight, e.g. the one the person is reading about. */
  readonly activeId = input<string | null>(null);
  /** Repeat the points as a numbered text list under the drawing (on by default). */
  readonly showList = input(true);
  readonly itemTemplate = input<TemplateRef<{ $implicit: MapPoint; index: number }> | null>(null);
  /** Prefix of the ids inside the component; set it when a page shows two maps. */
  readonly mapId = input('map');

  /** Pick mode: where the person placed the point. */
  readonly pick = output<MapCoordinates>();
  /** A point of the drawing was clicked (its id). */
  readonly pointSelect = output<string>();

  protected readonly announcement = signal('');

  protected readonly projection = computed(() =>
    createProjection(
      this.areas().map((area) => area.boundary),
      this.areas().length ? [] : this.points(),
    ),
  );
  protected readonly drawnAreas = computed(() => {
    const map = this.projection();
    return this.areas().map((area) => ({
      id: area.id,
      label: area.label,
      d: map.path(area.boundary),
      labelAt: this.areas().length > 1 ? map.toSvg(centreOf(area.boundary)) : null,
    }));
  });
  protected readonly listedPoints = computed(() =>
    this.points().filter((point) => Number.isFinite(point.lng) && Number.isFinite(point.lat)),
  );
  protected readonly drawnPoints = computed(() => {
    const map = this.projection();
    return this.listedPoints().map((point) => ({ id: point.id, label: point.label, ...map.toSvg(point) }));
  });
  /** Pick mode: the placed point, said in words (coordinates, and the area it falls in). */
  protected readonly pickedEntry = computed(() => {
    const picked = this.picked();
    if (this.mode() !== 'pick' || !picked) return null;
    const area = this.areas().find((candidate) => geometryContains(candidate.boundary, picked));
    const where = `${picked.lat.toFixed(5)}, ${picked.lng.toFixed(5)}`;
    return { label: this.texts().pickedLabel ?? '', detail: area ? `${area.label} (${where})` : where };
  });
  protected readonly marker = computed(() => {
    const picked = this.picked();
    return picked ? this.projection().toSvg(picked) : null;
  });

  protected clicked(event: MouseEvent): void {
    if (this.mode() !== 'pick') return;
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const map = this.projection();
    if (!box.width || !box.height) return;
    // The drawing keeps its proportions inside its box (xMidYMid meet).
    const scale = Math.min(box.width / map.width, box.height / map.height);
    const x = (event.clientX - box.left - (box.width - map.width * scale) / 2) / scale;
    const y = (event.clientY - box.top - (box.height - map.height * scale) / 2) / scale;
    this.place(map.toGeo(x, y));
  }

  protected keyed(event: KeyboardEvent): void {
    if (this.mode() !== 'pick') return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const map = this.projection();
    const step = map.width * KEY_STEP * (event.shiftKey ? 10 : 1);
    const start = this.marker() ?? this.centre();
    // The first key press places the point in the middle; the next ones move it.
    const x = this.marker() ? clamp(start.x + move[0] * step, 0, map.width) : start.x;
    const y = this.marker() ? clamp(start.y + move[1] * step, 0, map.height) : start.y;
    this.place(map.toGeo(x, y));
  }

  protected pointClicked(event: MouseEvent, id: string): void {
    if (this.mode() === 'pick') return;
    event.stopPropagation();
    this.pointSelect.emit(id);
  }

  private centre(): { x: number; y: number } {
    const areas = this.areas();
    if (areas.length) return this.projection().toSvg(centreOf(areas[0].boundary));
    return { x: this.projection().width / 2, y: this.projection().height / 2 };
  }

  private place(point: MapCoordinates): void {
    const area = this.areas().find((candidate) => geometryContains(candidate.boundary, point));
    const texts = this.texts();
    this.announcement.set(
      area ? (texts.pickedIn ?? '').replace('{area}', area.label) : (texts.pickedOutside ?? ''),
    );
    this.pick.emit(point);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The middle of the outer ring's bounding box: good enough to place a label or start a point. */
function centreOf(geometry: MapGeometry): MapCoordinates {
  const outer =
    geometry.type === 'Polygon'
      ? (geometry.coordinates as number[][][])[0]
      : (geometry.coordinates as number[][][][])[0][0];
  const lngs = outer.map(([lng]) => lng);
  const lats = outer.map(([, lat]) => lat);
  return {
    lng: (Math.min(...lngs) + Math.max(...lngs)) / 2,
    lat: (Math.min(...lats) + Math.max(...lats)) / 2,
  };
}
