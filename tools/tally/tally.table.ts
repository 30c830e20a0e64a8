import { ExplanationReason, PabulibInstance, ProjectExplanation, TallyOutcome } from '@agora/vote-counting';

const REASONS: Record<ExplanationReason, string> = {
  'funded-greedy': 'funded',
  'funded-mes': 'funded (equal shares)',
  'funded-free': 'funded (costs nothing)',
  'funded-completion': 'funded (completion)',
  'no-supporters': 'no supporters',
  'over-total-budget': 'costs more than the budget',
  'budget-ran-out': 'budget ran out',
  'stopped-before': 'not reached (stopped)',
  'supporters-short': 'supporters short of money',
};

function detail(project: ProjectExplanation): string {
  if (project.mes?.rho !== undefined) {
    const price = project.mes.pricePerSupporter ? `, each paid ≤ ${project.mes.pricePerSupporter}` : '';
    return `ρ ${project.mes.rho}${price}, supporters had ${project.mes.supportersMoney}`;
  }
  if (project.mes?.shortBy !== undefined && !project.funded) {
    return `supporters had ${project.mes.supportersMoney}, short by ${project.mes.shortBy}`;
  }
  if (project.shortBy !== undefined) return `${project.budgetLeftBefore} left, short by ${project.shortBy}`;
  if (project.budgetLeftBefore !== undefined) return `${project.budgetLeftBefore} left before`;
  return '';
}

function pad(text: string, width: number, right = false): string {
  const cut = text.length > width ? text.slice(0, width - 1) + '…' : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

/** A plain-text report: summary lines, then one row per project, funded ones first in funding order. */
export function formatTallyTable(instance: PabulibInstance, outcome: TallyOutcome, ms: number): string {
  const names = new Map(instance.projects.map((project) => [project.id, project.fields['name'] ?? '']));
  const lines = [
    `rule ${outcome.rule}, satisfaction ${outcome.sat}, completion ${outcome.completion}, tie-break ${outcome.tieBreak}`,
    `budget ${outcome.budget}, used ${outcome.budgetUsed}, ${outcome.selected.length} of ${instance.projects.length} projects funded, ${ms} ms`,
  ];
  if (outcome.mes) {
    lines.push(`each voter's share ${outcome.mes.budgetPerVoter} (+${outcome.mes.increments} by add1, ${outcome.mes.runs} runs)`);
  }
  if (outcome.ties.length > 0) {
    lines.push(`${outcome.ties.length} tie(s) broken: ` + outcome.ties.map((t) => `round ${t.round} ${t.chosen} over ${t.candidates.slice(1).join(',')} by ${t.decidedBy}`).join('; '));
  }
  lines.push('');
  lines.push(
    [pad('#', 4, true), pad('id', 12), pad('name', 32), pad('cost', 12, true), pad('votes', 7, true), pad('status', 28), 'why'].join(' '),
  );
  const rows = [...outcome.projects].sort((a, b) => (a.round ?? Infinity) - (b.round ?? Infinity));
  for (const project of rows) {
    lines.push(
      [
        pad(project.round === undefined ? '' : String(project.round), 4, true),
        pad(project.id, 12),
        pad(names.get(project.id) ?? '', 32),
        pad(project.cost, 12, true),
        pad(String(project.supporters), 7, true),
        pad(REASONS[project.reason], 28),
        detail(project),
      ].join(' '),
    );
  }
  return lines.join('\n') + '\n';
}
