import { SLUG_PATTERN } from '@agora/contracts';
import type { LocalizedText, TerritoryBoundary } from '@agora/contracts';

import { checkBoundary, GeoJsonProblem } from './geojson.rule';
import type { BoundingBox } from './point-in-polygon.rule';
import { SLUG_MAX_LENGTH, slugify } from './slug.rule';

/** One quartier read from an imported feature. */
export interface ImportedQuartier {
  index: number;
  name: string;
  slug: string;
  boundary: TerritoryBoundary;
  bbox: BoundingBox;
}

export type QuartierFileCheck =
  { ok: true; quartiers: ImportedQuartier[] } | { ok: false; problems: GeoJsonProblem[] };

/** A whole town's quartiers fit many times over; the body limit (1 MB) usually bites first. */
export const MAX_IMPORT_FEATURES = 1000;
const MAX_REPORTED_PROBLEMS = 50;
const WGS84_NAMES = new Set([
  'urn:ogc:def:crs:OGC:1.3:CRS84',
  'urn:ogc:def:crs:OGC::CRS84',
  'urn:ogc:def:crs:EPSG::4326',
  'EPSG:4326',
]);

const MESSAGES = {
  feature: {
    fr: 'Un objet GeoJSON de type Feature est attendu.',
    en: 'A GeoJSON object of type Feature is expected.',
  },
  properties: {
    fr: 'Les propriétés (properties) de l’élément sont absentes.',
    en: 'The feature has no properties.',
  },
  name: {
    fr: 'Le nom (properties.name) est obligatoire, 120 caractères au plus.',
    en: 'The name (properties.name) is required, at most 120 characters.',
  },
  slug: {
    fr: `Nom court invalide : minuscules, chiffres et tirets, ${SLUG_MAX_LENGTH} caractères au plus.`,
    en: `Invalid short name: lower-case letters, digits and dashes, at most ${SLUG_MAX_LENGTH} characters.`,
  },
  noSlug: {
    fr: 'Impossible de tirer un nom court de ce nom : ajoutez properties.slug.',
    en: 'No short name can be made from this name: add properties.slug.',
  },
  crs: (name: string): LocalizedText => ({
    fr: `Système de coordonnées non pris en charge (${name}) : exportez le fichier en WGS84 (EPSG:4326).`,
    en: `Unsupported coordinate reference system (${name}): export the file in WGS84 (EPSG:4326).`,
  }),
  duplicate: (first: number): LocalizedText => ({
    fr: `Même nom court que l’élément features[${first}].`,
    en: `Same short name as features[${first}].`,
  }),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a FeatureCollection's features as quartiers: each needs `properties.name`, may give
 * `properties.slug` (otherwise made from the name), and a Polygon/MultiPolygon geometry. Every faulty
 * feature is reported with its index, so the file can be fixed in one go. Other properties, common
 * in open-data files, are ignored.
 */
export function readQuartierFeatures(features: readonly unknown[], crs?: unknown): QuartierFileCheck {
  const problems: GeoJsonProblem[] = [];
  const quartiers: ImportedQuartier[] = [];
  const firstIndexOfSlug = new Map<string, number>();
  const report = (path: string, code: string, message: LocalizedText) =>
    problems.push({ path, code, message });

  if (crs !== undefined && crs !== null) {
    const name = isObject(crs) && isObject(crs['properties']) ? crs['properties']['name'] : undefined;
    if (typeof name !== 'string' || !WGS84_NAMES.has(name)) {
      // Lambert-93 (EPSG:2154) exports are common in French open data: say what to do about them.
      return {
        ok: false,
        problems: [
          {
            path: 'crs',
            code: 'crs',
            message: MESSAGES.crs(typeof name === 'string' ? name.slice(0, 80) : '?'),
          },
        ],
      };
    }
  }

  for (const [index, feature] of features.entries()) {
    const path = `features[${index}]`;
    if (!isObject(feature) || feature['type'] !== 'Feature') {
      report(path, 'feature', MESSAGES.feature);
      continue;
    }
    const properties = feature['properties'];
    if (!isObject(properties)) {
      report(`${path}.properties`, 'properties', MESSAGES.properties);
      continue;
    }

    const rawName = properties['name'];
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const nameOk = name.length >= 1 && name.length <= 120;
    if (!nameOk) report(`${path}.properties.name`, 'name', MESSAGES.name);

    const rawSlug = properties['slug'];
    let slug: string | null = null;
    if (rawSlug !== undefined && rawSlug !== null && rawSlug !== '') {
      if (typeof rawSlug === 'string' && rawSlug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(rawSlug))
        slug = rawSlug;
      else report(`${path}.properties.slug`, 'slug', MESSAGES.slug);
    } else if (nameOk) {
      slug = slugify(name);
      if (!slug) report(`${path}.properties.name`, 'noSlug', MESSAGES.noSlug);
    }
    if (slug) {
      const first = firstIndexOfSlug.get(slug);
      if (first !== undefined) report(`${path}.properties.slug`, 'duplicate', MESSAGES.duplicate(first));
      else firstIndexOfSlug.set(slug, index);
    }

    const geometry = checkBoundary(feature['geometry'], `${path}.geometry`);
    if (!geometry.ok) problems.push(...geometry.problems);
    else if (nameOk && slug)
      quartiers.push({ index, name, slug, boundary: geometry.boundary, bbox: geometry.bbox });
  }

  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS) };
  return { ok: true, quartiers };
}
