import type { LocalizedText } from '@agora/contracts';
import type { BallotViolation } from '@agora/vote-counting';

import { euros } from './money.format';

/** "1100.00" (euros, as the library writes amounts) → cents. */
const toCents = (amount: string | number | undefined) => Math.round(Number(amount ?? 0) * 100);

/**
 * The library's messages, with amounts written in euros and without project ids (a resident knows
 * the projects by their titles, which the API knows).
 */
export function violationText(violation: BallotViolation, titles: ReadonlyMap<string, string>): LocalizedText {
  const p = violation.params;
  const title = (id: string | number | undefined) => titles.get(String(id));
  switch (violation.code) {
    case 'over-budget':
      return {
        fr: `Vos projets coûtent ${euros(toCents(p['total']), 'fr')}. Le maximum est ${euros(toCents(p['max']), 'fr')}. Retirez un projet.`,
        en: `Your projects cost ${euros(toCents(p['total']), 'en')}. The maximum is ${euros(toCents(p['max']), 'en')}. Remove a project.`,
      };
    case 'under-minimum-cost':
      return {
        fr: `Vos projets coûtent ${euros(toCents(p['total']), 'fr')}. Il faut au moins ${euros(toCents(p['min']), 'fr')}.`,
        en: `Your projects cost ${euros(toCents(p['total']), 'en')}. They must cost at least ${euros(toCents(p['min']), 'en')}.`,
      };
    case 'unknown-project':
      return { fr: 'Un projet choisi ne fait pas partie de ce vote.', en: 'A chosen project is not part of this vote.' };
    case 'duplicate-project':
      return { fr: `Le projet « ${title(p['project']) ?? ''} » est choisi deux fois.`, en: `Project "${title(p['project']) ?? ''}" is chosen twice.` };
    default: {
      const known = title(p['project']);
      const message = violation.message;
      return known ? { fr: message.fr.replace(String(p['project']), known), en: message.en.replace(String(p['project']), known) } : message;
    }
  }
}
