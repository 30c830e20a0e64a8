import type { LocalizedText } from '@agora/contracts';

import { euros } from './money.format';
import type { CountedExplanation } from './vote-threshold.rule';

const money = (amount: string | undefined, lang: 'fr' | 'en') => euros(Math.round(Number(amount ?? 0) * 100), lang);
const voices = (n: number, lang: 'fr' | 'en') => (lang === 'fr' ? `${n} ${n > 1 ? 'voix' : 'voix'}` : `${n} ${n === 1 ? 'vote' : 'votes'}`);

/** Why a project was or was not funded, in short plain sentences (FALC), from the library's explanation. */
export function explanationText(p: CountedExplanation): LocalizedText {
  switch (p.reason) {
    case 'below-threshold':
      return {
        fr: `Non retenu. Il n’a pas atteint le seuil de ${voices(p.threshold, 'fr')} (${voices(p.supporters, 'fr')}).`,
        en: `Not funded. It did not reach the threshold of ${voices(p.threshold, 'en')} (${voices(p.supporters, 'en')}).`,
      };
    case 'funded-greedy':
      return {
        fr: `Retenu. Avec ${voices(p.supporters, 'fr')}, son tour est venu quand il restait ${money(p.budgetLeftBefore, 'fr')} dans l’enveloppe : assez pour le financer.`,
        en: `Funded. With ${voices(p.supporters, 'en')}, its turn came when ${money(p.budgetLeftBefore, 'en')} was left in the envelope: enough to fund it.`,
      };
    case 'funded-mes':
      return p.mes?.pricePerSupporter
        ? {
            fr: `Retenu. Ses ${p.supporters} soutiens pouvaient le payer ensemble avec leurs parts de l’enveloppe : environ ${money(p.mes.pricePerSupporter, 'fr')} chacun.`,
            en: `Funded. Its ${p.supporters} supporters could pay for it together from their shares of the envelope: about ${money(p.mes.pricePerSupporter, 'en')} each.`,
          }
        : {
            fr: `Retenu. Ses ${p.supporters} soutiens pouvaient le payer ensemble avec leurs parts de l’enveloppe.`,
            en: `Funded. Its ${p.supporters} supporters could pay for it together from their shares of the envelope.`,
          };
    case 'funded-free':
      return { fr: 'Retenu. Il ne coûte rien et des habitants l’ont choisi.', en: 'Funded. It costs nothing and residents chose it.' };
    case 'funded-completion':
      return {
        fr: `Retenu en complément. Après le partage à parts égales, il restait ${money(p.budgetLeftBefore, 'fr')} : assez pour ce projet (${voices(p.supporters, 'fr')}).`,
        en: `Funded as a top-up. After the equal shares, ${money(p.budgetLeftBefore, 'en')} was left: enough for this project (${voices(p.supporters, 'en')}).`,
      };
    case 'no-supporters':
      return { fr: 'Non retenu. Personne ne l’a choisi.', en: 'Not funded. Nobody chose it.' };
    case 'over-total-budget':
      return { fr: 'Non retenu. Il coûte plus que toute l’enveloppe.', en: 'Not funded. It costs more than the whole envelope.' };
    case 'budget-ran-out':
      return {
        fr: `Non retenu. Quand son tour est venu (${voices(p.supporters, 'fr')}), il ne restait que ${money(p.budgetLeftBefore, 'fr')}. Il manquait ${money(p.shortBy, 'fr')}.`,
        en: `Not funded. When its turn came (${voices(p.supporters, 'en')}), only ${money(p.budgetLeftBefore, 'en')} was left. It was ${money(p.shortBy, 'en')} short.`,
      };
    case 'stopped-before':
      return { fr: 'Non retenu. Le décompte s’est arrêté avant lui.', en: 'Not funded. The count stopped before it.' };
    case 'supporters-short':
      return {
        fr: `Non retenu. Ses ${p.supporters} soutiens n’avaient plus assez de parts pour le payer ensemble. Il manquait ${money(p.mes?.shortBy, 'fr')}.`,
        en: `Not funded. Its ${p.supporters} supporters no longer had enough of their shares to pay for it together. It was ${money(p.mes?.shortBy, 'en')} short.`,
      };
  }
}
