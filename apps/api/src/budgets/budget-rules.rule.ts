import type { BallotKind, BallotRules, CountingRule, LocalizedText, TieBreakRule } from '@agora/contracts';
import { BallotConstraints, Decimal, SatisfactionKind, VoteType } from '@agora/vote-counting';

import { euros } from './money.format';

export interface RulesInput {
  ballotKind: BallotKind;
  amountCents: number;
  minSpendCents?: number | null;
  minProjects?: number | null;
  maxProjects?: number | null;
  points?: number | null;
  maxPointsPerProject?: number | null;
}

/** What is wrong with a set of rules, in French and English, or null. */
export function rulesProblem(input: RulesInput): LocalizedText | null {
  switch (input.ballotKind) {
    case 'knapsack':
      if (input.minSpendCents != null && input.minSpendCents > input.amountCents)
        return { fr: 'La dépense minimale dépasse le montant de l’enveloppe.', en: 'The minimum spend is more than the envelope.' };
      return null;
    case 'approval':
      if (input.minProjects != null && input.maxProjects != null && input.minProjects > input.maxProjects)
        return { fr: 'Le nombre minimal de projets dépasse le maximum.', en: 'The minimum number of projects is more than the maximum.' };
      return null;
    case 'cumulative':
      if (input.points == null) return { fr: 'Indiquez le nombre de points à répartir.', en: 'Say how many points each voter shares out.' };
      if (input.maxPointsPerProject != null && input.maxPointsPerProject > input.points)
        return { fr: 'Le maximum par projet dépasse le total des points.', en: 'The maximum per project is more than the total points.' };
      return null;
    case 'ranked':
      if (input.maxProjects == null) return { fr: 'Indiquez combien de projets chacun classe.', en: 'Say how many projects each voter ranks.' };
      return null;
  }
}

/** Only the fields that matter for the kind are kept, so stale values never change a count. */
export function normalisedRules(input: RulesInput): BallotRules {
  const kind = input.ballotKind;
  return {
    kind,
    minSpendCents: kind === 'knapsack' ? (input.minSpendCents ?? null) : null,
    minProjects: kind === 'approval' ? (input.minProjects ?? null) : null,
    maxProjects: kind === 'approval' || kind === 'ranked' ? (input.maxProjects ?? null) : null,
    points: kind === 'cumulative' ? (input.points ?? null) : null,
    maxPointsPerProject: kind === 'cumulative' ? (input.maxPointsPerProject ?? null) : null,
  };
}

export const cents = (value: number): Decimal => Decimal.of(value, 2);

/** The Pabulib vote type of each ballot kind (ranked ballots are ordinal; counted as approval of the top K). */
export function voteTypeOf(kind: BallotKind): VoteType {
  return kind === 'cumulative' ? 'cumulative' : kind === 'ranked' ? 'ordinal' : 'approval';
}

/**
 * How a voter's gain is measured when counting: the money of the projects they chose for knapsack
 * ballots (as Pabulib instances of Paris, Warsaw… are counted), one per project for approval and
 * ranked ballots, their points for cumulative ballots.
 */
export function satisfactionOf(kind: BallotKind): SatisfactionKind {
  return kind === 'knapsack' ? 'cost' : kind === 'cumulative' ? 'points' : 'cardinality';
}

/** The constraints the counting library checks a ballot against. */
export function ballotConstraints(rules: BallotRules, amountCents: number): BallotConstraints {
  const base = { voteType: voteTypeOf(rules.kind), minLength: 1 };
  switch (rules.kind) {
    case 'knapsack':
      return { ...base, maxSumCost: cents(amountCents), ...(rules.minSpendCents ? { minSumCost: cents(rules.minSpendCents) } : {}) };
    case 'approval':
      return { ...base, minLength: Math.max(1, rules.minProjects ?? 1), ...(rules.maxProjects ? { maxLength: rules.maxProjects } : {}) };
    case 'cumulative':
      return {
        ...base,
        minPoints: Decimal.of(1),
        maxPoints: Decimal.of(rules.maxPointsPerProject ?? rules.points ?? 1),
        maxSumPoints: Decimal.of(rules.points ?? 1),
      };
    case 'ranked':
      return { ...base, ...(rules.maxProjects ? { maxLength: rules.maxProjects } : {}) };
  }
}

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/** The ballot rules in plain words, as the public page states them. */
export function ballotRulesText(rules: BallotRules, amountCents: number, scope: { name: string; cityWide: boolean }): LocalizedText {
  const forFr = scope.cityWide ? `pour toute la ville (${scope.name})` : `pour votre quartier (${scope.name})`;
  const forEn = scope.cityWide ? `for the whole city (${scope.name})` : `for your quartier (${scope.name})`;
  switch (rules.kind) {
    case 'knapsack': {
      const min = rules.minSpendCents
        ? { fr: ` Votre choix doit atteindre au moins ${euros(rules.minSpendCents, 'fr')}.`, en: ` Your choice must add up to at least ${euros(rules.minSpendCents, 'en')}.` }
        : { fr: '', en: '' };
      return {
        fr: `Vous pouvez choisir des projets jusqu’à ${euros(amountCents, 'fr')} ${forFr}.${min.fr}`,
        en: `You can choose projects up to ${euros(amountCents, 'en')} ${forEn}.${min.en}`,
      };
    }
    case 'approval': {
      const min = Math.max(1, rules.minProjects ?? 1);
      const max = rules.maxProjects;
      if (max === null) return { fr: `Choisissez au moins ${min} ${plural(min, 'projet', 'projets')} ${forFr}, autant que vous voulez.`, en: `Choose at least ${min} ${plural(min, 'project', 'projects')} ${forEn}, as many as you like.` };
      return {
        fr: min === max ? `Choisissez ${max} ${plural(max, 'projet', 'projets')} ${forFr}.` : `Choisissez entre ${min} et ${max} projets ${forFr}.`,
        en: min === max ? `Choose ${max} ${plural(max, 'project', 'projects')} ${forEn}.` : `Choose between ${min} and ${max} projects ${forEn}.`,
      };
    }
    case 'cumulative': {
      const points = rules.points ?? 0;
      const cap = rules.maxPointsPerProject;
      return {
        fr: `Vous avez ${points} points à répartir entre les projets ${forFr}${cap ? `, au plus ${cap} par projet` : ''}.`,
        en: `You have ${points} points to share out between the projects ${forEn}${cap ? `, at most ${cap} per project` : ''}.`,
      };
    }
    case 'ranked': {
      const k = rules.maxProjects ?? 1;
      return {
        fr: `Classez jusqu’à ${k} ${plural(k, 'projet', 'projets')} ${forFr}, du préféré au moins préféré.`,
        en: `Rank up to ${k} ${plural(k, 'project', 'projects')} ${forEn}, from your favourite down.`,
      };
    }
  }
}

/** How the ballots are counted, in plain words. */
export function countingRuleText(rule: CountingRule, tieBreak: TieBreakRule, amountCents: number): LocalizedText {
  const tie =
    tieBreak === 'id'
      ? { fr: ' En cas d’égalité, l’ordre des numéros de projet départage.', en: ' Ties are broken by project number.' }
      : { fr: ' En cas d’égalité, le projet qui a le plus de soutiens passe d’abord, puis le moins cher.', en: ' Ties go to the project with more supporters, then to the cheaper one.' };
  if (rule === 'greedy') {
    return {
      fr: `Les projets qui ont le plus de voix sont retenus l’un après l’autre, tant que l’enveloppe de ${euros(amountCents, 'fr')} le permet ; un projet trop cher pour ce qui reste est passé.${tie.fr}`,
      en: `The projects with the most votes are funded one after the other while the ${euros(amountCents, 'en')} envelope lasts; a project too expensive for what is left is skipped.${tie.en}`,
    };
  }
  return {
    fr: `Décompte par la méthode des parts égales : l’enveloppe de ${euros(amountCents, 'fr')} est partagée à parts égales entre les votants, et un projet est retenu si ceux qui l’ont choisi peuvent le payer ensemble avec leurs parts. Ce qui reste est ensuite utilisé au mieux.${tie.fr}`,
    en: `Counted by the Method of Equal Shares: the ${euros(amountCents, 'en')} envelope is split equally between voters, and a project is funded when those who chose it can pay for it together from their shares. What is left is then used as well as possible.${tie.en}`,
  };
}

/** The vote threshold in plain words (empty without one), appended to the counting rule. */
export function thresholdText(minVotes: number | null): LocalizedText {
  if (!minVotes) return { fr: '', en: '' };
  return {
    fr: ` Un projet doit recueillir au moins ${minVotes} voix pour être retenu.`,
    en: ` A project needs at least ${minVotes} ${plural(minVotes, 'vote', 'votes')} to be funded.`,
  };
}
