import type { IdeaAnswer, IdeaFeatureCollection, ProposalDescriptionFormat, ProposalKind, ShopType } from '@agora/contracts';

import { plainTextOf } from '../proposals/proposal-description.rule';
import { csvField } from '../proposals/shop-demand.rule';

/** One public idea as the open data gives it: no author, no personal data. */
export interface OpenIdeaRow {
  id: string;
  kind: ProposalKind;
  shopType: ShopType | null;
  title: string;
  description: string;
  descriptionFormat: ProposalDescriptionFormat;
  category: string | null;
  territoryId: string;
  territoryName: string;
  status: string;
  answer: IdeaAnswer | null;
  answerReason: string | null;
  answeredAt: Date | null;
  supportsCount: number;
  commentsCount: number;
  lat: number | null;
  lng: number | null;
  address: string | null;
  publishedAt: Date | null;
  converted: string | null;
}

/** Numbers as they are (a negative longitude is not a formula); text through the spreadsheet-safe field. */
const cell = (value: string | number | null) => (typeof value === 'number' ? String(value) : csvField(value));

export const ideaUrl = (publicUrl: string, id: string) => `${publicUrl}/idees/idee/${id}`;

/** The ideas of an idea box as CSV (UTF-8, comma-separated, French column names as French open data uses). */
export function ideasCsv(rows: readonly OpenIdeaRow[], publicUrl: string): string {
  const header = [
    'id',
    'type',
    'type_commerce',
    'titre',
    'description',
    'categorie',
    'territoire_id',
    'territoire',
    'statut',
    'reponse',
    'motif_reponse',
    'date_reponse',
    'transformee_en',
    'soutiens',
    'commentaires',
    'latitude',
    'longitude',
    'adresse',
    'publiee_le',
    'url',
  ];
  const lines = rows.map((row) =>
    [
      row.id,
      row.kind,
      row.shopType,
      row.title,
      plainTextOf(row.description, row.descriptionFormat),
      row.category,
      row.territoryId,
      row.territoryName,
      row.status,
      row.answer,
      row.answerReason,
      row.answeredAt?.toISOString() ?? null,
      row.converted,
      row.supportsCount,
      row.commentsCount,
      row.lat,
      row.lng,
      row.address,
      row.publishedAt?.toISOString() ?? null,
      ideaUrl(publicUrl, row.id),
    ]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** The same as GeoJSON; an idea without a point has a null geometry (allowed by RFC 7946), so none is lost. */
export function ideasGeoJson(name: string, rows: readonly OpenIdeaRow[], publicUrl: string): IdeaFeatureCollection {
  return {
    type: 'FeatureCollection',
    name,
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.id,
      geometry: row.lat !== null && row.lng !== null ? { type: 'Point', coordinates: [row.lng, row.lat] } : null,
      properties: {
        title: row.title,
        kind: row.kind,
        shopType: row.shopType,
        category: row.category,
        territoryId: row.territoryId,
        territoryName: row.territoryName,
        status: row.status,
        answer: row.answer,
        answerReason: row.answerReason,
        supportsCount: row.supportsCount,
        commentsCount: row.commentsCount,
        address: row.address,
        publishedAt: row.publishedAt?.toISOString() ?? null,
        url: ideaUrl(publicUrl, row.id),
      },
    })),
  };
}
