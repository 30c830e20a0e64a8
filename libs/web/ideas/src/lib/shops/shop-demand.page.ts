import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { IdeaBoxDetail, ShopDemandCells, ShopDemandRow, ShopType } from '@agora/contracts';
import { AppError, PageTitleStrategy, TONE_LABELS, TranslatePipe, TranslationService, toAppError } from '@agora/web-core';
import { LoadingComponent, MapComponent, MapPoint, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { boxAreas } from '../boxes/box-areas';
import { SHOP_TYPE_CODES, SHOP_TYPE_LABELS } from '../idea.labels';
import { IdeasApi } from '../ideas.api';
import { shopDemandTable } from './shop-demand.table';

/** `/idees/:slug/commerces`: where residents wish for which shops, as a cluster map and as a table. */
@Component({
  selector: 'agora-shop-demand-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadingComponent, MapComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'ideas.shops.title' | t" [lead]="box()?.title ?? ''" />
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (box(); as box) {
      <p>{{ 'ideas.shops.lead' | t }}</p>
      <div class="field">
        <label class="field__label" for="commerces-type">{{ 'ideas.shops.filter' | t }}</label>
        <select class="control control--short" id="commerces-type" (change)="chooseType($any($event.target).value)">
          <option value="">{{ 'ideas.shops.allTypes' | t }}</option>
          @for (code of shopTypes; track code) {
            <option [value]="code">{{ shopLabels[code] | t }}</option>
          }
        </select>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">{{ status() }}</p>
      @if (cells(); as cells) {
        <agora-map
          mapId="carte-commerces"
          [areas]="areas()"
          [points]="points()"
          [texts]="{ label: ('ideas.shops.mapLabel' | t), listHeading: ('ideas.shops.mapList' | t), emptyList: ('ideas.shops.empty' | t) }"
        />
        @if (cells.withoutPlace) {
          <p class="muted">{{ 'ideas.shops.withoutPlace' | t: { count: cells.withoutPlace } }}</p>
        }
      } @else {
        <agora-loading [text]="'common.loading' | t" />
      }

      <section class="section" aria-labelledby="commerces-tableau">
        <h2 id="commerces-tableau">{{ 'ideas.shops.tableTitle' | t }}</h2>
        @if (table(); as table) {
          @if (table.rows.length) {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="commerces-tableau">
              <table class="table">
                <caption>{{ 'ideas.shops.caption' | t }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'ideas.shops.quartier' | t }}</th>
                    @for (type of table.types; track type) {
                      <th scope="col">{{ shopLabels[type] | t }}</th>
                    }
                    <th scope="col">{{ 'ideas.shops.total' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of table.rows; track row.territoryId) {
                    <tr>
                      <th scope="row">{{ row.territoryName }}</th>
                      @for (count of row.counts; track $index) {
                        <td>{{ count }}</td>
                      }
                      <td>{{ row.total }}</td>
                    </tr>
                  }
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{{ 'ideas.shops.total' | t }}</th>
                    @for (count of table.totals; track $index) {
                      <td>{{ count }}</td>
                    }
                    <td>{{ table.total }}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          } @else {
            <p>{{ 'ideas.shops.empty' | t }}</p>
          }
        }
        <p><a [href]="api.shopDemandCsvUrl(box.id)" download>{{ 'ideas.shops.csv' | t }}</a></p>
      </section>
      <p><a [routerLink]="['/idees', box.slug]">{{ 'ideas.backToBox' | t }}</a></p>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
  `,
})
export class ShopDemandPage {
  readonly slug = input.required<string>();

  protected readonly api = inject(IdeasApi);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly shopTypes = SHOP_TYPE_CODES;
  protected readonly shopLabels = SHOP_TYPE_LABELS;
  protected readonly box = signal<IdeaBoxDetail | null>(null);
  protected readonly cells = signal<ShopDemandCells | null>(null);
  protected readonly rows = signal<ShopDemandRow[] | null>(null);
  protected readonly shopType = signal<ShopType | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly status = signal('');
  protected readonly areas = computed(() => {
    const box = this.box();
    return box ? boxAreas(box) : [];
  });
  protected readonly table = computed(() => {
    const rows = this.rows();
    const type = this.shopType();
    return rows ? shopDemandTable(type ? rows.filter((r) => r.shopType === type) : rows) : null;
  });
  /** One point per grid cell, said as "3 souhaits : boulangerie 2, café 1". */
  protected readonly points = computed<MapPoint[]>(() =>
    (this.cells()?.cells ?? []).map((cell) => ({
      id: cell.id,
      lat: cell.lat,
      lng: cell.lng,
      label: this.i18n.translate('ideas.shops.cell', {
        count: cell.wishes,
        types: cell.byType.map((t) => `${this.i18n.translate(SHOP_TYPE_LABELS[t.shopType])} ${t.wishes}`).join(', '),
      }),
      detail: this.i18n.translate('ideas.supports', { count: cell.supports }),
    })),
  );

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected async chooseType(value: string): Promise<void> {
    const box = this.box();
    if (!box) return;
    const type = (value || null) as ShopType | null;
    this.shopType.set(type);
    try {
      const cells = await this.api.cells(box.id, type);
      this.cells.set(cells);
      this.status.set(this.i18n.translate('ideas.shops.updated', { count: cells.cells.length }));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  private async load(slug: string): Promise<void> {
    try {
      const box = await this.api.box(slug);
      this.box.set(box);
      this.title.setPageTitle('ideas.shops.pageTitle', { title: box.title });
      const [cells, rows] = await Promise.all([this.api.cells(box.id, null), this.api.shopDemand(box.id)]);
      this.cells.set(cells);
      this.rows.set(rows);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
