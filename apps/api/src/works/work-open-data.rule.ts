import type { WorkFeatureCollection, WorkSummary } from '@agora/contracts';
import { WORK_CSV_COLUMNS } from '@agora/contracts';

import { csvLine } from './work-csv.rule';
import { workPageUrl } from './work.mapper';

/** Columns the open-data file adds to the import columns; an import of an edited export ignores them. */
export const WORK_EXPORT_ONLY_COLUMNS = ['territory_name', 'source', 'parent_id', 'url'] as const;

const euros = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));

/**
 * The works as open data: `;`-separated UTF-8 CSV with a BOM (spreadsheets then read accents right),
 * the import's columns first, so that staff can export, edit and import the same file.
 */
export function worksCsv(works: readonly (WorkSummary & { description?: string })[], publicUrl: string): string {
  const header = [...WORK_CSV_COLUMNS, ...WORK_EXPORT_ONLY_COLUMNS];
  const lines = works.map((w) =>
    csvLine([
      w.id,
      w.territoryId,
      w.title,
      w.category,
      w.status,
      w.statusReason,
      w.progress,
      euros(w.estimatedCostCents),
      w.estimatedDurationDays,
      w.plannedStartOn,
      w.plannedEndOn,
      w.actualStartOn,
      w.actualEndOn,
      w.budgetLine,
      euros(w.amountSpentCents),
      w.place ? JSON.stringify(w.place) : null,
      w.description ?? '',
      w.territoryName,
      w.source.kind,
      w.parentId,
      workPageUrl(publicUrl, w.id),
    ]),
  );
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}

/** The works with a place as a GeoJSON FeatureCollection (WGS84, longitude first). */
export function worksGeoJson(works: readonly WorkSummary[], publicUrl: string): WorkFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: works
      .filter((w) => w.place !== null)
      .map((w) => ({
        type: 'Feature' as const,
        id: w.id,
        geometry: w.place!,
        properties: {
          title: w.title,
          category: w.category,
          status: w.status,
          progress: w.progress,
          territoryId: w.territoryId,
          territoryName: w.territoryName,
          estimatedCostCents: w.estimatedCostCents,
          plannedStartOn: w.plannedStartOn,
          plannedEndOn: w.plannedEndOn,
          parentId: w.parentId,
          url: workPageUrl(publicUrl, w.id),
        },
      })),
  };
}
