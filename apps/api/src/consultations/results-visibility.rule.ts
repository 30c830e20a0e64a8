import type { LocalizedText, ResultsVisibility } from '@agora/contracts';

/**
 * Who sees the results now. `after_close` hides them from the team too while answers come in: the
 * promise made to residents is that nobody steers the consultation by watching it.
 */
export function resultsHiddenReason(
  visibility: ResultsVisibility,
  closed: boolean,
  isTeam: boolean,
): LocalizedText | null {
  if (closed || visibility === 'live') return null;
  if (visibility === 'staff') {
    return isTeam
      ? null
      : {
          fr: 'Les résultats seront publiés à la clôture de la consultation.',
          en: 'The results will be published when the consultation closes.',
        };
  }
  return {
    fr: 'Les résultats ne sont visibles par personne, équipe comprise, avant la clôture de la consultation.',
    en: 'Nobody, the team included, can see the results before the consultation closes.',
  };
}
