import type { MatrixQuestion } from '../question/question.model';
import type { AnswerValue, MatrixAnswer } from '../response/answer.model';
import { QuestionTally } from './question.tally';
import type { MatrixResult } from './results.model';
import { percent } from './statistics.rule';

/** Matrix: a count per row and column, and how many answered each row. */
export class MatrixTally extends QuestionTally<MatrixQuestion> {
  /** `${rowId}\n${columnId}` → count; ids cannot hold a line break. */
  private readonly cells = new Map<string, number>();
  private readonly rowsAnswered = new Map<string, number>();

  add(value: AnswerValue): void {
    for (const [rowId, columnIds] of Object.entries(value as MatrixAnswer)) {
      this.rowsAnswered.set(rowId, (this.rowsAnswered.get(rowId) ?? 0) + 1);
      for (const columnId of columnIds) {
        const key = `${rowId}\n${columnId}`;
        this.cells.set(key, (this.cells.get(key) ?? 0) + 1);
      }
    }
  }

  result(): MatrixResult {
    return {
      kind: 'matrix',
      ...this.base(),
      rows: this.question.rows.map((row) => {
        const answered = this.rowsAnswered.get(row.id) ?? 0;
        return {
          rowId: row.id,
          answered,
          columns: this.question.columns.map((column) => {
            const count = this.cells.get(`${row.id}\n${column.id}`) ?? 0;
            return { columnId: column.id, count, percent: percent(count, answered) };
          }),
        };
      }),
    };
  }
}
