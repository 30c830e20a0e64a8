import type { LocalizedText, WorkStatus } from '@agora/contracts';

export const STATUS_TEXT: Record<WorkStatus, LocalizedText> = {
  a_l_etude: { fr: 'à l’étude', en: 'under study' },
  programme: { fr: 'programmé', en: 'scheduled' },
  en_travaux: { fr: 'en travaux', en: 'under way' },
  termine: { fr: 'terminé', en: 'completed' },
  abandonne: { fr: 'abandonné', en: 'abandoned' },
};

/** The timeline line a status change writes by itself (staff write the others). */
export function statusEntryText(status: WorkStatus, reason: string | null): string {
  const base = `Nouveau statut : ${STATUS_TEXT[status].fr}.`;
  return status === 'abandonne' && reason ? `${base} Raison : ${reason}` : base;
}
