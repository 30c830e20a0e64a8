import type { GeoPoint } from '../geo/geo.model';
import type { LongTextQuestion, MapPointQuestion, ShortTextQuestion } from '../question/question.model';
import type { AnswerValue } from '../response/answer.model';
import { QuestionTally, type AnswerSource, type TallyView } from './question.tally';
import type { MapResult, TextResult } from './results.model';
import { TextCollector, textAnswerId } from './text.collector';

/** Short and long text: the texts, for paging. */
export class TextTally extends QuestionTally<ShortTextQuestion | LongTextQuestion> {
  private readonly texts = new TextCollector();

  add(value: AnswerValue, source: AnswerSource): void {
    this.texts.add(textAnswerId(source.responseId, this.question.id), value as string, source.submittedAt);
  }

  result(view: TallyView): TextResult {
    return { kind: 'text', ...this.base(), texts: this.texts.page(view.hidden, view.page) };
  }
}

/** Map point: the points, without the response they came from. */
export class MapTally extends QuestionTally<MapPointQuestion> {
  private readonly points: GeoPoint[] = [];

  add(value: AnswerValue): void {
    const { lng, lat } = value as GeoPoint;
    this.points.push({ lng, lat });
  }

  result(): MapResult {
    // Sorted so the list says nothing about the order in which people answered.
    const points = [...this.points].sort((a, b) => a.lng - b.lng || a.lat - b.lat);
    return { kind: 'map', ...this.base(), points };
  }
}
