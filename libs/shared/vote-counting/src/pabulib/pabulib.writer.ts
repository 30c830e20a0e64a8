import { Decimal } from '../numbers/decimal.value';
import { PabulibInstance } from './pabulib.model';

/**
 * Writes an instance as Pabulib text, the inverse of the parser: `parsePabulib(writePabulib(x))`
 * equals `x`. Lines end with `\n`; a field is quoted only when it must be (it holds `;`, `"`, a line
 * break, or spaces at its ends that the reader would trim).
 */
export function writePabulib(instance: PabulibInstance): string {
  let text = '';
  for (const chunk of writePabulibChunks(instance)) text += chunk;
  return text;
}

/**
 * The same text in chunks of about `chunkSize` characters, so that publishing a million ballots can
 * stream to a file or an HTTP response without building one huge string.
 */
export function* writePabulibChunks(instance: PabulibInstance, chunkSize = 1 << 16): Generator<string> {
  let buffer = '';
  const emit = (line: string): string | null => {
    buffer += line + '\n';
    if (buffer.length < chunkSize) return null;
    const out = buffer;
    buffer = '';
    return out;
  };
  for (const line of lines(instance)) {
    const chunk = emit(line);
    if (chunk !== null) yield chunk;
  }
  if (buffer !== '') yield buffer;
}

function* lines(instance: PabulibInstance): Generator<string> {
  yield 'META';
  yield 'key;value';
  const meta = new Map(instance.meta);
  meta.set('budget', instance.budget.toString());
  meta.set('vote_type', instance.voteType);
  for (const [key, value] of meta) yield row([key, value]);

  yield 'PROJECTS';
  const projectColumns = withRequired(instance.projectColumns, ['project_id', 'cost']);
  yield row(projectColumns);
  for (const project of instance.projects) {
    yield row(
      projectColumns.map((column) =>
        column === 'project_id' ? project.id : column === 'cost' ? project.cost.toString() : (project.fields[column] ?? ''),
      ),
    );
  }

  yield 'VOTES';
  const votes = instance.votes;
  const required = votes.points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'];
  const voteColumns = withRequired(votes.columns, required);
  yield row(voteColumns);
  const ids = instance.projects.map((project) => project.id);
  for (const id of ids) {
    // A vote lists ids separated by commas and trimmed, so such ids could not be read back.
    if (id === '' || id.includes(',') || id.trim() !== id) throw new RangeError(`project id "${id}" cannot be written in a vote list`);
  }
  for (let voter = 0; voter < votes.voterIds.length; voter++) {
    const start = votes.offsets[voter];
    const end = votes.offsets[voter + 1];
    const fields = voteColumns.map((column) => {
      if (column === 'voter_id') return votes.voterIds[voter];
      if (column === 'vote') return joinRange(start, end, (k) => ids[votes.projects[k]]);
      if (column === 'points' && votes.points) {
        const points = votes.points;
        return joinRange(start, end, (k) => Decimal.of(points[k], votes.pointScale).toString());
      }
      return votes.extra[column]?.[voter] ?? '';
    });
    yield row(fields);
  }
}

function withRequired(columns: readonly string[], required: string[]): string[] {
  const missing = required.filter((column) => !columns.includes(column));
  return [...required.filter((column) => missing.includes(column)), ...columns];
}

function joinRange(start: number, end: number, item: (k: number) => string): string {
  let text = '';
  for (let k = start; k < end; k++) text += (k > start ? ',' : '') + item(k);
  return text;
}

function row(fields: readonly string[]): string {
  return fields.map(quote).join(';');
}

function quote(field: string): string {
  // A bare `votes` (any casing) would read back as a section title, so it is quoted like the rest.
  const mustQuote = /[;"\n\r]|^\s|\s$/.test(field) || SECTION_NAMES.has(field.toLowerCase());
  return mustQuote ? '"' + field.replace(/"/g, '""') + '"' : field;
}

const SECTION_NAMES = new Set(['meta', 'projects', 'votes']);
