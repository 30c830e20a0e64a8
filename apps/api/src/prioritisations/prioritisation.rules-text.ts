import type { LocalizedText, PrioritisationMode, PrioritisationRankingRule } from '@agora/contracts';

/** The rules as the public page states them, in plain words. */
export function prioritisationRulesText(mode: PrioritisationMode, rule: PrioritisationRankingRule | null, quartierName: string): LocalizedText {
  const who = { fr: `Les habitants de ${quartierName}`, en: `Residents of ${quartierName}` };
  if (mode === 'points') {
    return {
      fr: `${who.fr} répartissent 100 points entre les travaux, comme ils le souhaitent. Les travaux sont classés par la moyenne des points reçus.`,
      en: `${who.en} spread 100 points over the works as they wish. The works are ranked by the average points they receive.`,
    };
  }
  const count: LocalizedText =
    rule === 'schulze'
      ? { fr: 'méthode de Schulze : un chantier passe devant un autre si plus d’habitants le préfèrent, directement ou par une chaîne de préférences', en: 'Schulze method: a work comes before another when more residents prefer it, directly or through a chain of preferences' }
      : { fr: 'méthode de Borda : la 1re place rapporte autant de points qu’il y a de travaux, puis un de moins à chaque place', en: 'Borda count: first place earns as many points as there are works, then one less for each place' };
  return {
    fr: `${who.fr} classent les travaux par ordre de priorité (tous, ou seulement les premiers). Dépouillement : ${count.fr}.`,
    en: `${who.en} rank the works by priority (all of them, or only the first few). Count: ${count.en}.`,
  };
}
