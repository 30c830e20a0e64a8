import type { LocalizedText, ResidenceRule, Verification } from '@agora/contracts';

export interface EligibilityRules {
  minimumAge: number | null;
  residence: ResidenceRule;
  verifications: Verification[];
}

export const DEFAULT_ELIGIBILITY: EligibilityRules = { minimumAge: null, residence: 'territory', verifications: ['email', 'in_person'] };

/** What is known about the voter. */
export interface VoterFacts {
  emailVerified: boolean;
  /** The census entry they matched (its quartier, if the list gives one). */
  census: { quartierId: string | null } | null;
  /** Identity checked by staff at the counter. */
  inPerson: boolean;
  /** Where they live: the territory and all its ancestors, nearest first; null if unknown. */
  home: { chain: string[]; name: string } | null;
  /**
   * What is known of their age for this process: the day (YYYY-MM-DD) they reach `minimumAge`, as
   * proved by the census match, a birth date typed by staff at the counter, or declared by the
   * resident (only counts when the process accepts a mere e-mail check). Null if unknown.
   */
  age?: AgeFact | null;
}

export interface AgeFact {
  source: 'census' | 'counter' | 'declared';
  /** The minimum age this fact was computed for: a fact for another age says nothing. */
  minimumAge: number;
  /** The day they are old enough; for someone already old enough when it was recorded, that day. */
  reachedOn: string;
}

/** The day (YYYY-MM-DD) someone born on `birthDate` turns `years`; born on 29 February, 1 March in a common year. */
export function dayReachingAge(birthDate: string, years: number): string {
  const [year, month, day] = birthDate.split('-').map(Number);
  // Date.UTC rolls 29 February of a common year over to 1 March: a birthday is not reached before it.
  const reached = new Date(Date.UTC(year + years, month - 1, day));
  return reached.toISOString().slice(0, 10);
}

/**
 * Built once: constructing an Intl.DateTimeFormat costs about a quarter of a millisecond (time-zone
 * data), which every cast paid when it was built per call; formatting with it costs microseconds.
 */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in France (YYYY-MM-DD): age is decided on the day of the vote, Paris time. */
export function parisToday(now: Date = new Date()): string {
  return PARIS_DAY.format(now);
}

/** The fact to record: the day they reach the age, or the day of recording when it is already past (see callers). */
export function ageFactFrom(source: AgeFact['source'], birthDate: string, minimumAge: number, today: string): AgeFact {
  const reachedOn = dayReachingAge(birthDate, minimumAge);
  return { source, minimumAge, reachedOn: reachedOn < today ? today : reachedOn };
}

/** Whether the voter is old enough today: true, false, or null when it is not known. */
export function oldEnough(rules: EligibilityRules, facts: VoterFacts, today: string): boolean | null {
  if (!rules.minimumAge) return true;
  const age = facts.age;
  if (!age || age.minimumAge !== rules.minimumAge) return null;
  // A birth date typed by the resident proves nothing where the process asks for more than an e-mail check.
  if (age.source === 'declared' && !rules.verifications.includes('email')) return null;
  return age.reachedOn <= today;
}


export interface BudgetScope {
  id: string;
  name: string;
  territoryId: string;
  territoryName: string;
  cityWide: boolean;
}

export interface EligibilityDecision {
  eligible: boolean;
  budgets: Array<{ budgetId: string; name: string; eligible: boolean; reason: LocalizedText }>;
  summary: LocalizedText;
  nextStep: LocalizedText | null;
}

const PROOF: Record<Verification, LocalizedText> = {
  email: { fr: 'votre adresse e-mail est vérifiée', en: 'your e-mail address is verified' },
  census: { fr: 'vous figurez sur la liste des habitants', en: 'you are on the residents’ list' },
  in_person: { fr: 'votre identité a été vérifiée au guichet', en: 'your identity was checked at the counter' },
};

const STEP: Record<Verification, LocalizedText> = {
  email: { fr: 'confirmez votre adresse e-mail (lien reçu par e-mail)', en: 'confirm your e-mail address (link sent by e-mail)' },
  census: { fr: 'retrouvez-vous dans la liste des habitants (nom, prénom, date de naissance)', en: 'find yourself on the residents’ list (name, first name, date of birth)' },
  in_person: { fr: 'venez voter au guichet de la mairie avec une pièce d’identité', en: 'come and vote at the town-hall counter with an ID' },
};

/** How to prove one's age, per accepted verification: a declared birth date only where an e-mail check suffices. */
const AGE_STEP: Record<Verification, LocalizedText> = {
  email: { fr: 'indiquez votre date de naissance sur la page du vote', en: 'enter your date of birth on the vote page' },
  census: STEP.census,
  in_person: { fr: 'venez au guichet de la mairie avec une pièce d’identité', en: 'come to the town-hall counter with an ID' },
};

function joinFr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}
function joinEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Which proof makes this voter eligible, if any (the census first: it also proves residence). */
function proofOf(rules: EligibilityRules, facts: VoterFacts): Verification | null {
  // When the list decides who lives here, nothing else can stand in for it, not even a check in person.
  if (rules.residence === 'census' && !facts.census) return null;
  if (rules.verifications.includes('in_person') && facts.inPerson) return 'in_person';
  if (rules.verifications.includes('census') && facts.census) return 'census';
  if (rules.verifications.includes('email') && facts.emailVerified) return 'email';
  return null;
}

/**
 * Says, per envelope, whether the voter may vote and why, or why not and what to do. A city-wide
 * envelope is for anyone living in the process's territory, a quartier's for its residents.
 */
export function decideEligibility(
  rules: EligibilityRules,
  facts: VoterFacts,
  processTerritory: { id: string; name: string },
  budgets: BudgetScope[],
  today: string = parisToday(),
): EligibilityDecision {
  const proof = proofOf(rules, facts);
  const steps = (rules.residence === 'census' ? rules.verifications.filter((v) => v !== 'email') : rules.verifications).map((v) => STEP[v]);
  const notVerified: LocalizedText = { fr: 'Votre identité n’est pas encore vérifiée pour ce vote.', en: 'Your identity is not yet verified for this vote.' };
  if (!proof) {
    return {
      eligible: false,
      budgets: budgets.map((b) => ({ budgetId: b.id, name: b.name, eligible: false, reason: notVerified })),
      summary: notVerified,
      nextStep: { fr: `Pour voter, ${joinFr(steps.map((s) => s.fr))}.`, en: `To vote, ${joinEn(steps.map((s) => s.en))}.` },
    };
  }
  const enough = oldEnough(rules, facts, today);
  if (enough !== true) {
    const reason: LocalizedText = { fr: `Ce vote est ouvert à partir de ${rules.minimumAge} ans.`, en: `This vote is open from the age of ${rules.minimumAge}.` };
    const ageSteps = rules.verifications.filter((v) => v !== 'email' || rules.residence !== 'census').map((v) => AGE_STEP[v]);
    return {
      eligible: false,
      budgets: budgets.map((b) => ({ budgetId: b.id, name: b.name, eligible: false, reason })),
      summary: enough === null ? { fr: `${reason.fr} Nous ne connaissons pas encore votre âge.`, en: `${reason.en} We do not know your age yet.` } : reason,
      nextStep:
        enough === null
          ? { fr: `Pour prouver votre âge, ${joinFr(ageSteps.map((s) => s.fr))}.`, en: `To prove your age, ${joinEn(ageSteps.map((s) => s.en))}.` }
          : null,
    };
  }
  const home = facts.home;
  const livesInTerritory = !!home && home.chain.includes(processTerritory.id);
  const decided = budgets.map((b) => {
    if (!home) return { budgetId: b.id, name: b.name, eligible: false, reason: { fr: 'Nous ne savons pas où vous habitez.', en: 'We do not know where you live.' } };
    if (!livesInTerritory)
      return { budgetId: b.id, name: b.name, eligible: false, reason: { fr: `Ce vote est réservé aux habitants de ${processTerritory.name}.`, en: `This vote is for residents of ${processTerritory.name}.` } };
    if (!b.cityWide && !home.chain.includes(b.territoryId))
      return { budgetId: b.id, name: b.name, eligible: false, reason: { fr: `Cette enveloppe est réservée aux habitants de ${b.territoryName}.`, en: `This envelope is for residents of ${b.territoryName}.` } };
    return {
      budgetId: b.id,
      name: b.name,
      eligible: true,
      reason: b.cityWide
        ? { fr: `Vous habitez ${processTerritory.name}.`, en: `You live in ${processTerritory.name}.` }
        : { fr: `Vous habitez ${b.territoryName}.`, en: `You live in ${b.territoryName}.` },
    };
  });
  const open = decided.filter((b) => b.eligible);
  const age = rules.minimumAge ? { fr: ` Ce vote est ouvert à partir de ${rules.minimumAge} ans.`, en: ` This vote is open from the age of ${rules.minimumAge}.` } : { fr: '', en: '' };
  if (!open.length) {
    const nextStep = !home
      ? { fr: 'Indiquez votre quartier dans votre compte, ou venez au guichet de la mairie.', en: 'Set your quartier in your account, or come to the town-hall counter.' }
      : { fr: 'Si vous avez déménagé, mettez à jour votre quartier dans votre compte.', en: 'If you have moved, update your quartier in your account.' };
    return { eligible: false, budgets: decided, summary: decided[0]?.reason ?? { fr: 'Aucune enveloppe ouverte.', en: 'No envelope open.' }, nextStep };
  }
  const where = open.map((b) => budgets.find((s) => s.id === b.budgetId)!);
  const namesFr = where.map((b) => (b.cityWide ? 'toute la ville' : b.territoryName));
  const namesEn = where.map((b) => (b.cityWide ? 'the whole city' : b.territoryName));
  return {
    eligible: true,
    budgets: decided,
    summary: {
      fr: `Vous pouvez voter pour ${namesFr.join(' et pour ')}, parce que ${PROOF[proof].fr} et que vous habitez ${home!.name}.${age.fr}`,
      en: `You can vote for ${namesEn.join(' and for ')} because ${PROOF[proof].en} and you live in ${home!.name}.${age.en}`,
    },
    nextStep: null,
  };
}

/** The eligibility rules in plain words, for the public page. */
export function eligibilityText(rules: EligibilityRules, territoryName: string): LocalizedText {
  const age = rules.minimumAge ? { fr: `, avoir au moins ${rules.minimumAge} ans`, en: `, be at least ${rules.minimumAge}` } : { fr: '', en: '' };
  const residence =
    rules.residence === 'census'
      ? { fr: `figurer sur la liste des habitants de ${territoryName}`, en: `be on the residents’ list of ${territoryName}` }
      : { fr: `habiter ${territoryName}`, en: `live in ${territoryName}` };
  const proofs = rules.verifications.map((v) => PROOF[v]);
  return {
    fr: capitalise(`pour voter, il faut ${residence.fr}${age.fr}. Vous êtes reconnu si ${joinFr(proofs.map((p) => p.fr))}.`),
    en: capitalise(`to vote, you must ${residence.en}${age.en}. You are recognised if ${joinEn(proofs.map((p) => p.en))}.`),
  };
}
