import type { IdeaAnswer } from '@agora/contracts';

import { bilingualMail, OutgoingMail } from '../mail/mail.template';

const euros = (cents: number, locale: 'fr-FR' | 'en-GB') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    cents / 100,
  );

const ANSWER_LABEL: Record<IdeaAnswer, { fr: string; en: string }> = {
  retained: { fr: 'retenue', en: 'retained' },
  studied: { fr: 'à l’étude', en: 'being studied' },
  notRetained: { fr: 'non retenue', en: 'not retained' },
};

interface ProposalMailContext {
  to: string;
  title: string;
  url: string;
}

const action = (url: string) => ({ url, label: { fr: 'Voir la proposition', en: 'See the proposal' } });

/** The author learns the outcome of the feasibility study, with the public reason. */
export function assessedMail(
  ctx: ProposalMailContext,
  feasible: boolean,
  reason: string,
  finalCostCents: number | null,
): OutgoingMail {
  const cost = (locale: 'fr-FR' | 'en-GB') =>
    finalCostCents === null ? '' : ` (${euros(finalCostCents, locale)})`;
  return bilingualMail({
    to: ctx.to,
    subject: { fr: 'Votre proposition a été analysée', en: 'Your proposal has been assessed' },
    paragraphs: {
      fr: [
        `Les services ont étudié votre proposition « ${ctx.title} ».`,
        feasible ? `Elle est jugée faisable${cost('fr-FR')}.` : 'Elle n’est pas jugée faisable.',
        `Motif : ${reason}`,
      ],
      en: [
        `The city's services have studied your proposal "${ctx.title}".`,
        feasible ? `It is assessed as feasible${cost('en-GB')}.` : 'It is assessed as not feasible.',
        `Reason: ${reason}`,
      ],
    },
    action: action(ctx.url),
  });
}

export function answeredMail(ctx: ProposalMailContext, answer: IdeaAnswer, reason: string): OutgoingMail {
  return bilingualMail({
    to: ctx.to,
    subject: { fr: 'Réponse à votre idée', en: 'An answer to your idea' },
    paragraphs: {
      fr: [
        `La mairie a répondu à votre idée « ${ctx.title} » : ${ANSWER_LABEL[answer].fr}.`,
        `Motif : ${reason}`,
      ],
      en: [
        `The town hall has answered your idea "${ctx.title}": ${ANSWER_LABEL[answer].en}.`,
        `Reason: ${reason}`,
      ],
    },
    action: action(ctx.url),
  });
}

export function mergedMail(ctx: ProposalMailContext, intoTitle: string): OutgoingMail {
  return bilingualMail({
    to: ctx.to,
    subject: { fr: 'Votre proposition a été fusionnée', en: 'Your proposal has been merged' },
    paragraphs: {
      fr: [
        `Votre proposition « ${ctx.title} » ressemblait beaucoup à « ${intoTitle} » : les services les ont réunies.`,
        'Vos soutiens et les commentaires ont été reportés sur la proposition commune.',
      ],
      en: [
        `Your proposal "${ctx.title}" was very close to "${intoTitle}": the city's services have merged them.`,
        'Its supports and comments have been carried over to the merged proposal.',
      ],
    },
    action: action(ctx.url),
  });
}

export function hiddenMail(ctx: ProposalMailContext, reason: string): OutgoingMail {
  return bilingualMail({
    to: ctx.to,
    subject: { fr: 'Votre proposition a été masquée', en: 'Your proposal has been hidden' },
    paragraphs: {
      fr: [`La modération a masqué votre proposition « ${ctx.title} ».`, `Motif : ${reason}`],
      en: [`The moderators have hidden your proposal "${ctx.title}".`, `Reason: ${reason}`],
    },
    action: action(ctx.url),
  });
}
