import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type { ConditionRule, DisplayCondition, Question } from '@agora/consultation-rules';
import { TranslatePipe } from '@agora/web-core';

import { conditionOperators, conditionValues, operatorTakesValue } from './builder.state';
import { conditionOf, groupOf, type ConditionGroup, type ConditionJoin } from './condition-group.state';
import { ConditionRuleEditorComponent } from './condition-rule-editor.component';

/**
 * "Show this only if…": one rule, or several joined by ET (every one holds) or OU (at least one).
 * Each rule is a native select group; adding, removing and the join are buttons and radios, so the
 * whole condition is built with the keyboard. Nested groups (stored by other means) can only be removed.
 */
@Component({
  selector: 'agora-condition-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ConditionRuleEditorComponent],
  template: `
    <fieldset class="fieldset" [disabled]="locked()">
      <legend class="field__label">{{ 'consultations.builder.condition' | t }}</legend>
      @if (group() === null) {
        <p>{{ 'consultations.builder.conditionGroup' | t }}</p>
        <button type="button" class="button button--quiet" (click)="conditionChange.emit(undefined)">
          {{ 'consultations.builder.conditionRemove' | t }}
        </button>
      } @else if (!sources().length) {
        <p class="muted">{{ 'consultations.builder.conditionNone' | t }}</p>
      } @else {
        @let g = group()!;
        @if (g.rules.length > 1) {
          <fieldset class="fieldset fieldset--inline">
            <legend class="field__label">{{ 'consultations.builder.conditionJoin' | t }}</legend>
            @for (join of joins; track join) {
              <div class="field__choice">
                <input
                  type="radio"
                  [name]="idPrefix() + '-join'"
                  [id]="idPrefix() + '-join-' + join"
                  [checked]="g.join === join"
                  (change)="setJoin(g, join)"
                />
                <label [attr.for]="idPrefix() + '-join-' + join">{{ joinLabels[join] | t }}</label>
              </div>
            }
          </fieldset>
        }
        @if (!g.rules.length) {
          <agora-condition-rule-editor
            [rule]="null"
            [sources]="sources()"
            [idPrefix]="idPrefix()"
            (ruleChange)="setRule(g, 0, $event)"
          />
        }
        @for (rule of g.rules; track $index; let i = $index) {
          <div class="condition-rule">
            @if (i > 0) {
              <p class="condition-rule__join" aria-hidden="true">{{ joinWords[g.join] | t }}</p>
            }
            <agora-condition-rule-editor
              [rule]="rule"
              [sources]="sources()"
              [number]="i + 1"
              [idPrefix]="i === 0 ? idPrefix() : idPrefix() + '-' + (i + 1)"
              (ruleChange)="setRule(g, i, $event)"
            />
            @if (g.rules.length > 1) {
              <button type="button" class="button button--quiet" (click)="removeRule(g, i)">
                {{ 'consultations.builder.conditionRemoveN' | t: { number: i + 1 } }}
              </button>
            }
          </div>
        }
        @if (g.rules.length && g.rules.length < maxRules) {
          <button type="button" class="button button--secondary" (click)="addRule(g)">
            {{ 'consultations.builder.conditionAdd' | t }}
          </button>
        }
      }
    </fieldset>
  `,
  styles: `
    .condition-rule {
      display: grid;
      gap: var(--space-2);
      margin-bottom: var(--space-3);
    }
    .condition-rule__join {
      margin: 0;
      font-weight: 700;
    }
  `,
})
export class ConditionEditorComponent {
  readonly condition = input<DisplayCondition | undefined>(undefined);
  readonly sources = input.required<Question[]>();
  readonly idPrefix = input.required<string>();
  readonly locked = input(false);
  readonly conditionChange = output<DisplayCondition | undefined>();

  /** Enough for "show if Q2 = Oui ET Q5 ≥ 3 ET …"; longer chains are better split into sections. */
  protected readonly maxRules = 5;
  protected readonly joins: ConditionJoin[] = ['all', 'any'];
  protected readonly joinLabels: Record<ConditionJoin, string> = {
    all: 'consultations.builder.conditionJoinAll',
    any: 'consultations.builder.conditionJoinAny',
  };
  protected readonly joinWords: Record<ConditionJoin, string> = {
    all: 'consultations.builder.conditionAnd',
    any: 'consultations.builder.conditionOr',
  };
  protected readonly group = computed(() => groupOf(this.condition()));

  protected setRule(group: ConditionGroup, index: number, rule: ConditionRule | undefined): void {
    const rules = [...group.rules];
    if (rule) rules[index] = rule;
    else rules.splice(index, 1);
    this.emit({ ...group, rules });
  }

  protected removeRule(group: ConditionGroup, index: number): void {
    this.emit({ ...group, rules: group.rules.filter((_, i) => i !== index) });
  }

  protected setJoin(group: ConditionGroup, join: ConditionJoin): void {
    this.emit({ ...group, join });
  }

  /** A new rule on the last question offered (the nearest one above), with its first operator and value. */
  protected addRule(group: ConditionGroup): void {
    const sources = this.sources();
    const source = sources[sources.length - 1];
    if (!source) return;
    const operator = conditionOperators(source)[0] as ConditionRule['operator'];
    const values = conditionValues(source);
    const rule: ConditionRule = { questionId: source.id, operator };
    if (operatorTakesValue(operator) && values?.length) rule.value = values[0].value;
    this.emit({ ...group, rules: [...group.rules, rule] });
  }

  private emit(group: ConditionGroup): void {
    this.conditionChange.emit(conditionOf(group));
  }
}
