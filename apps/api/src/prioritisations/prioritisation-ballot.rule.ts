import type { CastPrioritisationBallotRequest, LocalizedText, PrioritisationMode } from '@agora/contracts';
import { PRIORITISATION_POINTS } from '@agora/contracts';

/** What the box stores: the ranking (first first), or the points of the works given some, in list order. */
export type PrioritisationContent = { ranking: string[] } | { points: Array<[string, number]> };

export type BallotCheck =
  | { ok: true; content: PrioritisationContent }
  | { ok: false; code: string; text: LocalizedText; foreign?: string[] };

const refuse = (code: string, fr: string, en: string, foreign?: string[]): BallotCheck => ({ ok: false, code, text: { fr, en }, ...(foreign ? { foreign } : {}) });

/**
 * Checks a ballot against the prioritisation (its mode and its works, in their list order) and puts it
 * in canonical form: a ranking keeps the voter's order (it is the content); points are stored in the
 * list's order, whatever order the voter's page showed.
 */
export function checkPrioritisationBallot(mode: PrioritisationMode, workIds: readonly string[], body: CastPrioritisationBallotRequest): BallotCheck {
  const known = new Set(workIds);
  if (mode === 'ranking') {
    if (!body.ranking || body.points) return refuse('WRONG_BALLOT_MODE', 'Cette priorisation se fait en classant les travaux (ranking).', 'This prioritisation is done by ranking the works (ranking).');
    const entries = body.ranking;
    const foreign = entries.map((e) => e.workId).filter((id) => !known.has(id));
    if (foreign.length) return refuse('WORK_NOT_IN_PRIORITISATION', 'Un des travaux classés ne fait pas partie de cette priorisation.', 'One of the ranked works is not part of this prioritisation.', foreign);
    if (new Set(entries.map((e) => e.workId)).size !== entries.length) return refuse('DUPLICATE_WORK', 'Chaque chantier ne peut être classé qu’une fois.', 'Each work can be ranked only once.');
    const ranks = entries.map((e) => e.rank);
    if (new Set(ranks).size !== ranks.length) return refuse('DUPLICATE_RANK', 'Deux travaux ont le même rang : donnez à chacun une place différente.', 'Two works have the same rank: give each one a different place.');
    if (Math.max(...ranks) !== ranks.length) return refuse('RANKS_NOT_CONTIGUOUS', `Les rangs vont de 1 à ${ranks.length}, sans trou.`, `Ranks run from 1 to ${ranks.length}, without gaps.`);
    return { ok: true, content: { ranking: [...entries].sort((a, b) => a.rank - b.rank).map((e) => e.workId) } };
  }
  if (!body.points || body.ranking) return refuse('WRONG_BALLOT_MODE', `Cette priorisation se fait en répartissant ${PRIORITISATION_POINTS} points (points).`, `This prioritisation is done by spreading ${PRIORITISATION_POINTS} points (points).`);
  const entries = body.points;
  const foreign = entries.map((e) => e.workId).filter((id) => !known.has(id));
  if (foreign.length) return refuse('WORK_NOT_IN_PRIORITISATION', 'Des points vont à des travaux qui ne font pas partie de cette priorisation.', 'Points go to works that are not part of this prioritisation.', foreign);
  if (new Set(entries.map((e) => e.workId)).size !== entries.length) return refuse('DUPLICATE_WORK', 'Donnez les points de chaque chantier en une seule fois.', 'Give each work’s points in one go.');
  const total = entries.reduce((sum, e) => sum + e.points, 0);
  if (total !== PRIORITISATION_POINTS) {
    return refuse('POINTS_NOT_100', `Répartissez exactement ${PRIORITISATION_POINTS} points (vous en avez donné ${total}).`, `Spread exactly ${PRIORITISATION_POINTS} points (you gave ${total}).`);
  }
  const given = new Map(entries.filter((e) => e.points > 0).map((e) => [e.workId, e.points]));
  return { ok: true, content: { points: workIds.filter((id) => given.has(id)).map((id) => [id, given.get(id)!] as [string, number]) } };
}
