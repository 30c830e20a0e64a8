import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';

import type { ChoiceOption, Question, QuestionResult, TextPage, Wording } from '@agora/consultation-rules';
import { TranslatePipe, TranslationService } from '@agora/web-core';
import { MapComponent, PaginationComponent, type MapArea, type MapPoint, type MapTexts } from '@agora/web-ui';

import { WordingPipe } from '../wording.pipe';
import { ShareBarsComponent, type ShareRow } from './share-bars.component';

/** A free text someone asked to hide, or the next page of a question's texts. */
export interface TextPageRequest {
  questionId: string;
  offset: number;
}

/**
 * The result of one question, drawn for its kind: bars for choices and yes/no, a distribution with
 * mean and median for scales, ratings and numbers, the average rank for rankings, a heat table for
 * matrices, the points on the outline for maps and the texts themselves, paged.
 */
@Component({
  selector: 'agora-question-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    TranslatePipe,
    WordingPipe,
    ShareBarsComponent,
    PaginationComponent,
    MapComponent,
  ],
  template: `
    @let r = result();
    <p class="muted">{{ 'consultations.results.answered' | t: { answered: r.answered, seen: r.seen } }}</p>
    @switch (r.kind) {
      @case ('choice') {
        <agora-share-bars [rows]="bars()" />
        @if (r.other && r.other.texts.items.length) {
          <h4>{{ 'consultations.results.otherTexts' | t }}</h4>
          <ng-container *ngTemplateOutlet="texts; context: { page: r.other.texts }" />
        }
      }
      @case ('yes-no') {
        <agora-share-bars [rows]="bars()" />
      }
      @case ('distribution') {
        <agora-share-bars [rows]="bars()" />
        @if (r.mean !== null) {
          <p>
            {{
              'consultations.results.meanMedian' | t: { mean: number(r.mean), median: number(r.median ?? 0) }
            }}
          </p>
        }
      }
      @case ('date') {
        <agora-share-bars [rows]="bars()" />
      }
      @case ('ranking') {
        <ol class="ranking-result">
          @for (item of rankingRows(); track item.id) {
            <li>
              <strong>{{ item.label }}</strong> —
              @if (item.averageRank !== null) {
                {{
                  'consultations.results.averageRank'
                    | t: { rank: number(item.averageRank), count: item.rankedCount }
                }}
              } @else {
                {{ 'consultations.results.neverRanked' | t }}
              }
            </li>
          }
        </ol>
      }
      @case ('matrix') {
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="question().title | wording">
          <table class="table heat">
            <caption class="visually-hidden">
              {{
                'consultations.results.heatCaption' | t
              }}
            </caption>
            <thead>
              <tr>
                <td></td>
                @for (column of matrixColumns(); track column.id) {
                  <th scope="col">{{ column.label | wording }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of heatRows(); track row.id) {
                <tr>
                  <th scope="row">{{ row.label }}</th>
                  @for (cell of row.cells; track cell.id) {
                    <td [style.background]="heat(cell.percent)">
                      {{
                        'consultations.results.countShare'
                          | t: { count: cell.count, percent: number(cell.percent) }
                      }}
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @case ('map') {
        @if (mapView(); as view) {
          <agora-map
            [mapId]="'carte-' + r.questionId"
            [areas]="view.areas"
            [points]="view.points"
            [showList]="false"
            [texts]="view.texts"
          />
          <p>{{ 'consultations.results.mapCount' | t: { count: view.points.length } }}</p>
        }
      }
      @case ('text') {
        <ng-container *ngTemplateOutlet="texts; context: { page: r.texts }" />
      }
    }

    <ng-template #texts let-page="page">
      @if (page.items.length) {
        <ul class="texts">
          @for (entry of page.items; track entry.id) {
            <li class="texts__item">
              <p class="preserve-lines">{{ entry.text }}</p>
              @if (moderation()) {
                <button type="button" class="button button--quiet" (click)="hide.emit(entry.id)">
                  {{ 'consultations.results.hide' | t }}
                </button>
              }
            </li>
          }
        </ul>
        <agora-pagination
          [page]="pageNumber(page)"
          [total]="page.total"
          [pageSize]="page.limit"
          [navLabel]="'consultations.results.textPages' | t"
          [previousLabel]="'consultations.results.previous' | t"
          [nextLabel]="'consultations.results.next' | t"
          [statusText]="
            'consultations.results.pageStatus' | t: { page: pageNumber(page), pages: pageCount(page) }
          "
          (pageChange)="textPage.emit({ questionId: r.questionId, offset: ($event - 1) * page.limit })"
        />
      } @else {
        <p class="muted">{{ 'consultations.results.noTexts' | t }}</p>
      }
      @if (page.hidden) {
        <p class="muted">{{ 'consultations.results.hiddenTexts' | t: { count: page.hidden } }}</p>
      }
    </ng-template>
  `,
  styles: `
    .heat td {
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    .texts {
      list-style: none;
      padding: 0;
    }
    .texts__item {
      border-left: 4px solid var(--color-border);
      padding-left: var(--space-3);
      margin-block: var(--space-2);
    }
  `,
})
export class QuestionResultComponent {
  readonly question = input.required<Question>();
  readonly result = input.required<QuestionResult>();
  /** Staff see a "hide" button on each free text. */
  readonly moderation = input(false);
  readonly hide = output<string>();
  readonly textPage = output<TextPageRequest>();

  private readonly i18n = inject(TranslationService);

  protected readonly bars = computed<ShareRow[]>(() => {
    const r = this.result();
    const q = this.question();
    switch (r.kind) {
      case 'choice': {
        const options = 'options' in q ? q.options : [];
        const rows = r.options.map((o) => ({
          id: o.optionId,
          label: this.labelOf(options, o.optionId),
          ...o,
        }));
        if (r.other)
          rows.push({
            id: '__other',
            label: this.i18n.translate('consultations.answer.other'),
            optionId: '',
            ...r.other,
          });
        return rows;
      }
      case 'yes-no':
        return [
          { id: 'yes', label: this.i18n.translate('consultations.answer.yes'), ...r.yes },
          { id: 'no', label: this.i18n.translate('consultations.answer.no'), ...r.no },
        ];
      case 'distribution':
        return r.distribution.map((d) => ({ id: String(d.value), label: this.number(d.value), ...d }));
      case 'date':
        return r.distribution.map((d) => ({ id: d.date, label: d.date, ...d }));
      default:
        return [];
    }
  });
  protected readonly rankingRows = computed(() => {
    const r = this.result();
    const q = this.question();
    if (r.kind !== 'ranking' || q.type !== 'ranking') return [];
    return r.order.map((id) => {
      const item = r.items.find((i) => i.itemId === id);
      return {
        id,
        label: this.labelOf(q.items, id),
        averageRank: item?.averageRank ?? null,
        rankedCount: item?.rankedCount ?? 0,
      };
    });
  });
  protected readonly matrixColumns = computed(() => {
    const q = this.question();
    return q.type === 'matrix' ? q.columns : [];
  });
  protected readonly heatRows = computed(() => {
    const r = this.result();
    const q = this.question();
    if (r.kind !== 'matrix' || q.type !== 'matrix') return [];
    return r.rows.map((row) => ({
      id: row.rowId,
      label: this.labelOf(q.rows, row.rowId),
      cells: row.columns.map((c) => ({ id: c.columnId, count: c.count, percent: c.percent })),
    }));
  });
  protected readonly mapView = computed(() => {
    const r = this.result();
    const q = this.question();
    if (r.kind !== 'map' || q.type !== 'map-point') return null;
    const label = this.i18n.translate('consultations.results.mapPoint');
    return {
      areas: [{ id: q.id, label: this.wordingText(q.title), boundary: q.boundary }] satisfies MapArea[],
      points: r.points.map((p, i) => ({ id: String(i), label, lng: p.lng, lat: p.lat })) satisfies MapPoint[],
      texts: {
        label: this.i18n.translate('consultations.results.mapLabel', { count: r.points.length }),
        listHeading: '',
        emptyList: '',
      } satisfies MapTexts,
    };
  });

  protected number(value: number): string {
    return value.toLocaleString(this.i18n.locale() === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: 2,
    });
  }

  /**
   * From white to a light blue that keeps dark text readable (contrast above 7:1). The figure is
   * written in every cell, so the colour only helps the eye.
   */
  protected heat(percent: number): string {
    const share = Math.max(0, Math.min(1, percent / 100));
    const mix = (light: number) => Math.round(255 - (255 - light) * share);
    return `rgb(${mix(143)}, ${mix(179)}, ${mix(224)})`;
  }

  protected pageNumber(page: TextPage): number {
    return Math.floor(page.offset / Math.max(1, page.limit)) + 1;
  }

  protected pageCount(page: TextPage): number {
    return Math.max(1, Math.ceil(page.total / Math.max(1, page.limit)));
  }

  private labelOf(options: readonly ChoiceOption[], id: string): string {
    const label: Wording | undefined = options.find((o) => o.id === id)?.label;
    return (label && this.wordingText(label)) || id;
  }

  private wordingText(wording: Wording): string {
    return (this.i18n.locale() === 'en' && wording.en) || wording.fr;
  }
}
