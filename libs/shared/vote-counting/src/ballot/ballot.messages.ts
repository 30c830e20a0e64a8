/** Why a ballot is refused, as a stable code (for the API and tests) with parameters. */
export type BallotViolationCode =
  | 'unknown-project'
  | 'duplicate-project'
  | 'too-few-projects'
  | 'too-many-projects'
  | 'over-budget'
  | 'under-minimum-cost'
  | 'points-missing'
  | 'points-count-mismatch'
  | 'invalid-points'
  | 'points-below-minimum'
  | 'points-above-maximum'
  | 'too-few-points'
  | 'too-many-points';

export type BallotViolationParams = Readonly<Record<string, string | number>>;

type Messages = Record<BallotViolationCode, (p: BallotViolationParams) => string>;

const plural = (count: string | number, one: string, many: string) => (Number(count) > 1 ? many : one);

/** French first: residents read French; sentences are short, one idea each (FALC). */
const FRENCH: Messages = {
  'unknown-project': (p) => `Le projet « ${p.project} » ne fait pas partie de ce vote.`,
  'duplicate-project': (p) => `Le projet « ${p.project} » est choisi deux fois.`,
  'too-few-projects': (p) =>
    `Choisissez au moins ${p.min} ${plural(p.min, 'projet', 'projets')}. Vous en avez choisi ${p.count}.`,
  'too-many-projects': (p) =>
    `Choisissez au plus ${p.max} ${plural(p.max, 'projet', 'projets')}. Vous en avez choisi ${p.count}.`,
  'over-budget': (p) => `Vos projets coûtent ${p.total}. Le maximum est ${p.max}. Retirez un projet.`,
  'under-minimum-cost': (p) => `Vos projets coûtent ${p.total}. Il faut au moins ${p.min}.`,
  'points-missing': () => `Donnez des points à chaque projet choisi.`,
  'points-count-mismatch': (p) => `Il y a ${p.points} valeurs de points pour ${p.count} projets.`,
  'invalid-points': (p) => `« ${p.value} » n'est pas un nombre de points valable.`,
  'points-below-minimum': (p) => `Le projet « ${p.project} » a ${p.value} points. Le minimum est ${p.min}.`,
  'points-above-maximum': (p) => `Le projet « ${p.project} » a ${p.value} points. Le maximum est ${p.max}.`,
  'too-few-points': (p) => `Vous avez donné ${p.total} points. Donnez-en au moins ${p.min}.`,
  'too-many-points': (p) => `Vous avez donné ${p.total} points. Le maximum est ${p.max}.`,
};

const ENGLISH: Messages = {
  'unknown-project': (p) => `Project "${p.project}" is not part of this vote.`,
  'duplicate-project': (p) => `Project "${p.project}" is chosen twice.`,
  'too-few-projects': (p) => `Choose at least ${p.min} ${plural(p.min, 'project', 'projects')}. You chose ${p.count}.`,
  'too-many-projects': (p) => `Choose at most ${p.max} ${plural(p.max, 'project', 'projects')}. You chose ${p.count}.`,
  'over-budget': (p) => `Your projects cost ${p.total}. The maximum is ${p.max}. Remove a project.`,
  'under-minimum-cost': (p) => `Your projects cost ${p.total}. They must cost at least ${p.min}.`,
  'points-missing': () => `Give points to every project you chose.`,
  'points-count-mismatch': (p) => `There are ${p.points} point values for ${p.count} projects.`,
  'invalid-points': (p) => `"${p.value}" is not a valid number of points.`,
  'points-below-minimum': (p) => `Project "${p.project}" has ${p.value} points. The minimum is ${p.min}.`,
  'points-above-maximum': (p) => `Project "${p.project}" has ${p.value} points. The maximum is ${p.max}.`,
  'too-few-points': (p) => `You gave ${p.total} points. Give at least ${p.min}.`,
  'too-many-points': (p) => `You gave ${p.total} points. The maximum is ${p.max}.`,
};

/** The message for a violation, in French and English. */
export function ballotMessage(code: BallotViolationCode, params: BallotViolationParams): { fr: string; en: string } {
  return { fr: FRENCH[code](params), en: ENGLISH[code](params) };
}
