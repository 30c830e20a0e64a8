import type { ConsultationItem } from '@agora/consultation-rules';
import type {
  ConsultationAudience,
  ConsultationDocument,
  ConsultationImage,
  ResultsVisibility,
  SaveConsultationRequest,
  Territory,
} from '@agora/contracts';

import type { StaffConsultation } from '../consultations.api';

/** What the settings form holds; dates as `datetime-local` values in the browser's time zone. */
export interface SettingsForm {
  territoryId: string;
  slug: string;
  title: string;
  summary: string;
  contextHtml: string;
  images: ConsultationImage[];
  documents: ConsultationDocument[];
  opensAt: string;
  closesAt: string;
  audience: ConsultationAudience;
  quartierIds: string[];
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  onePerScreen: boolean;
  counterAnswers: boolean;
}

export const EMPTY_SETTINGS: SettingsForm = {
  territoryId: '',
  slug: '',
  title: '',
  summary: '',
  contextHtml: '',
  images: [],
  documents: [],
  opensAt: '',
  closesAt: '',
  audience: 'everyone',
  quartierIds: [],
  anonymous: true,
  resultsVisibility: 'live',
  onePerScreen: false,
  counterAnswers: false,
};

/** A URL name from a title: "Rénovation de la halle" → "renovation-de-la-halle". */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** `2026-05-01T09:00` typed in the browser → ISO 8601 with its offset; blank → null. */
export function localToIso(local: string): string | null {
  if (!local.trim()) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** ISO 8601 from the API → the `datetime-local` value in the browser's time zone. */
export function isoToLocal(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function settingsOf(detail: StaffConsultation): SettingsForm {
  return {
    territoryId: detail.territoryId,
    slug: detail.slug,
    title: detail.title,
    summary: detail.summary,
    contextHtml: detail.contextHtml,
    images: detail.images,
    documents: detail.documents,
    opensAt: isoToLocal(detail.opensAt),
    closesAt: isoToLocal(detail.closesAt),
    audience: detail.audience,
    quartierIds: detail.quartiers.map((q) => q.id),
    anonymous: detail.anonymous,
    resultsVisibility: detail.resultsVisibility,
    onePerScreen: detail.onePerScreen,
    counterAnswers: detail.counterAnswers,
  };
}

export function requestOf(form: SettingsForm, items: ConsultationItem[]): SaveConsultationRequest {
  return {
    territoryId: form.territoryId,
    slug: form.slug.trim() || slugify(form.title),
    title: form.title.trim(),
    summary: form.summary.trim(),
    contextHtml: form.contextHtml,
    images: form.images,
    documents: form.documents,
    opensAt: localToIso(form.opensAt),
    closesAt: localToIso(form.closesAt),
    audience: form.audience,
    quartierIds: form.audience === 'quartiers' ? form.quartierIds : [],
    anonymous: form.anonymous,
    resultsVisibility: form.resultsVisibility,
    onePerScreen: form.onePerScreen,
    counterAnswers: form.counterAnswers,
    definition: { questions: items },
  };
}

/**
 * The territories a person may launch a consultation in: those where they hold a team role and
 * everything below (roles are inherited down the tree), quartiers excepted.
 */
export function manageableTerritories(
  territories: readonly Territory[],
  grantedIds: readonly string[],
): Territory[] {
  const granted = new Set(grantedIds);
  const byId = new Map(territories.map((t) => [t.id, t]));
  const covered = (territory: Territory): boolean => {
    for (let t: Territory | undefined = territory; t; t = t.parentId ? byId.get(t.parentId) : undefined) {
      if (granted.has(t.id)) return true;
    }
    return false;
  };
  return territories.filter((t) => t.kind !== 'quartier' && covered(t));
}

/** The quartiers inside a territory, at any depth. */
export function quartiersUnder(territories: readonly Territory[], territoryId: string): Territory[] {
  const byId = new Map(territories.map((t) => [t.id, t]));
  const inside = (territory: Territory): boolean => {
    for (
      let t = territory.parentId ? byId.get(territory.parentId) : undefined;
      t;
      t = t.parentId ? byId.get(t.parentId) : undefined
    ) {
      if (t.id === territoryId) return true;
    }
    return false;
  };
  return territories.filter((t) => t.kind === 'quartier' && inside(t));
}
