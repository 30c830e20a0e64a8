import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type { ConditionOperator, ConditionRule, Question } from '@agora/consultation-rules';
import { TranslatePipe } from '@agora/web-core';

import { WordingPipe } from '../wording.pipe';
import { conditionOperators, conditionValues, operatorTakesValue } from './builder.state';

const OPERATOR_LABELS: Record<ConditionOperator, string> = {
  equals: 'consultations.builder.operator.equals',
  notEquals: 'consultations.builder.operator.notEquals',
  includes: 'consultations.builder.operator.includes',
  excludes: 'consultations.builder.operator.excludes',
  gte: 'consultations.builder.operator.gte',
  gt: 'consultations.builder.operator.gt',
  lte: 'consultations.builder.operator.lte',
  lt: 'consultations.builder.operator.lt',
  answered: 'consultations.builder.operator.answered',
  notAnswered: 'consultations.builder.operator.notAnswered',
};

/**
 * One rule of a display condition: a question placed before, an operator that fits its type and a
 * value. Only earlier questions are offered, so a condition cannot look ahead; the rules check the rest.
 */
@Component({
  selector: 'agora-condition-rule-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, WordingPipe],
  template: `
    <div class="condition">
      <div class="field field--compact">
        <label class="field__label" [attr.for]="idPrefix() + '-source'">{{
          questionLabel() | t: { number: number() }
        }}</label>
        <select
          class="control"
          [id]="idPrefix() + '-source'"
          (change)="pickSource($any($event.target).value)"
        >
          @if (number() === 1) {
            <option value="" [selected]="!rule()">{{ 'consultations.builder.conditionAlways' | t }}</option>
          }
          @for (source of sources(); track source.id) {
            <option [value]="source.id" [selected]="rule()?.questionId === source.id">
              {{ source.title | wording }}
            </option>
          }
        </select>
      </div>
      @if (rule(); as r) {
        <div class="field field--compact">
          <label class="field__label" [attr.for]="idPrefix() + '-operator'">{{
            operatorLabel() | t: { number: number() }
          }}</label>
          <select
            class="control"
            [id]="idPrefix() + '-operator'"
            (change)="pickOperator($any($event.target).value)"
          >
            @for (operator of operators(); track operator) {
              <option [value]="operator" [selected]="r.operator === operator">
                {{ operatorLabels[operator] | t }}
              </option>
            }
          </select>
        </div>
        @if (takesValue()) {
          <div class="field field--compact">
            <label class="field__label" [attr.for]="idPrefix() + '-value'">{{
              valueLabel() | t: { number: number() }
            }}</label>
            @if (values(); as values) {
              <select
                class="control"
                [id]="idPrefix() + '-value'"
                (change)="pickValue(values[$any($event.target).selectedIndex - 1]?.value)"
              >
                <option value="" [selected]="r.value === undefined">
                  {{ 'consultations.answer.choose' | t }}
                </option>
                @for (v of values; track $index) {
                  <option [selected]="r.value === v.value">{{ v.label | wording }}</option>
                }
              </select>
            } @else {
              <input
                class="control control--short"
                [type]="source()?.type === 'date' ? 'date' : 'number'"
                [id]="idPrefix() + '-value'"
                [value]="r.value ?? ''"
                (change)="typedValue($any($event.target).value)"
              />
            }
          </div>
        }
      }
    </div>
  `,
  styles: `
    .condition {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
    }
  `,
})
export class ConditionRuleEditorComponent {
  readonly rule = input<ConditionRule | null>(null);
  readonly sources = input.required<Question[]>();
  readonly idPrefix = input.required<string>();
  /** Position in a combined condition: rules after the first say which one their fields belong to. */
  readonly number = input(1);
  /** Undefined when the person picked "always show" (the rule goes). */
  readonly ruleChange = output<ConditionRule | undefined>();

  protected readonly questionLabel = computed(() =>
    this.number() > 1 ? 'consultations.builder.conditionQuestionN' : 'consultations.builder.conditionQuestion',
  );
  protected readonly operatorLabel = computed(() =>
    this.number() > 1 ? 'consultations.builder.conditionOperatorN' : 'consultations.builder.conditionOperator',
  );
  protected readonly valueLabel = computed(() =>
    this.number() > 1 ? 'consultations.builder.conditionValueN' : 'consultations.builder.conditionValue',
  );

  protected readonly operatorLabels = OPERATOR_LABELS as Record<string, string>;
  protected readonly source = computed(
    () => this.sources().find((q) => q.id === this.rule()?.questionId) ?? null,
  );
  protected readonly operators = computed(() => {
    const source = this.source();
    return source ? conditionOperators(source) : [];
  });
  protected readonly takesValue = computed(() => operatorTakesValue(this.rule()?.operator ?? 'answered'));
  protected readonly values = computed(() => {
    const source = this.source();
    return source ? conditionValues(source) : null;
  });

  protected pickSource(questionId: string): void {
    const source = this.sources().find((q) => q.id === questionId);
    if (!source) return this.ruleChange.emit(undefined);
    const operator = conditionOperators(source)[0];
    const values = conditionValues(source);
    const rule: ConditionRule = { questionId, operator: operator as ConditionRule['operator'] };
    if (operatorTakesValue(operator) && values?.length) rule.value = values[0].value;
    this.ruleChange.emit(rule);
  }

  protected pickOperator(operator: string): void {
    const rule = this.rule();
    if (!rule) return;
    const next: ConditionRule = { ...rule, operator: operator as ConditionRule['operator'] };
    if (!operatorTakesValue(operator)) delete next.value;
    else if (next.value === undefined) {
      const values = this.values();
      if (values?.length) next.value = values[0].value;
    }
    this.ruleChange.emit(next);
  }

  protected pickValue(value: string | boolean | undefined): void {
    const rule = this.rule();
    if (!rule) return;
    const next: ConditionRule = { ...rule };
    if (value === undefined) delete next.value;
    else next.value = value;
    this.ruleChange.emit(next);
  }

  protected typedValue(text: string): void {
    if (this.source()?.type === 'date') return this.pickValue(text || undefined);
    const number = text.trim() === '' ? NaN : Number(text);
    const rule = this.rule();
    if (!rule) return;
    const next: ConditionRule = { ...rule };
    if (Number.isFinite(number)) next.value = number;
    else delete next.value;
    this.ruleChange.emit(next);
  }
}
