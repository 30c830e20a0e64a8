import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { TranslatePipe } from '@agora/web-core';

/** Last name, first name and birth date of the person who answers, as the register's hash needs them. */
export interface PersonIdentity {
  lastName: string;
  firstName: string;
  birthDate: string;
}

export type PersonIdentityKey = keyof PersonIdentity;

export const NO_IDENTITY: PersonIdentity = { lastName: '', firstName: '', birthDate: '' };

/** The keys left blank, in the order of the fields (the birth date as a full YYYY-MM-DD). */
export function missingIdentity(identity: PersonIdentity): PersonIdentityKey[] {
  const missing: PersonIdentityKey[] = [];
  if (!identity.lastName.trim()) missing.push('lastName');
  if (!identity.firstName.trim()) missing.push('firstName');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(identity.birthDate)) missing.push('birthDate');
  return missing;
}

const FIELDS: Array<{ key: PersonIdentityKey; label: string; type: string; autocomplete: string }> = [
  { key: 'lastName', label: 'consultations.identity.lastName', type: 'text', autocomplete: 'family-name' },
  { key: 'firstName', label: 'consultations.identity.firstName', type: 'text', autocomplete: 'given-name' },
  { key: 'birthDate', label: 'consultations.identity.birthDate', type: 'date', autocomplete: 'bday' },
];

/**
 * Who answers: three labelled fields in a fieldset, each error tied to its field. Used online when the
 * consultation also takes counter answers, and at the counter, so both compute the same hash.
 */
@Component({
  selector: 'agora-identity-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="fieldset">
      <legend class="field__label">{{ legend() | t }}</legend>
      @if (hint()) {
        <p class="field__hint" [id]="idPrefix() + '-hint'">{{ hint() | t }}</p>
      }
      @for (field of fields; track field.key) {
        <div class="field">
          <label class="field__label" [attr.for]="idPrefix() + '-' + field.key">{{ field.label | t }}</label>
          @if (errors()[field.key]; as error) {
            <p class="field__error" [id]="idPrefix() + '-' + field.key + '-error'">
              <span class="field__error-icon" aria-hidden="true">!</span>
              {{ error | t }}
            </p>
          }
          <input
            class="control"
            [id]="idPrefix() + '-' + field.key"
            [type]="field.type"
            [attr.autocomplete]="autocomplete() ? field.autocomplete : 'off'"
            [attr.aria-describedby]="describedBy(field.key)"
            [attr.aria-invalid]="errors()[field.key] ? 'true' : null"
            [attr.required]="true"
            [value]="value()[field.key]"
            (input)="change(field.key, $any($event.target).value)"
          />
        </div>
      }
    </fieldset>
  `,
})
export class IdentityFieldsComponent {
  readonly idPrefix = input('identite');
  readonly legend = input('consultations.identity.legend');
  readonly hint = input<string | null>(null);
  readonly value = input<PersonIdentity>(NO_IDENTITY);
  /** Translation keys of the errors, by field. */
  readonly errors = input<Partial<Record<PersonIdentityKey, string>>>({});
  /** The resident's own browser may fill in their name; a shared counter screen must not. */
  readonly autocomplete = input(true);
  readonly valueChange = output<PersonIdentity>();

  protected readonly fields = FIELDS;

  protected change(key: PersonIdentityKey, text: string): void {
    this.valueChange.emit({ ...this.value(), [key]: text });
  }

  protected describedBy(key: PersonIdentityKey): string | null {
    const ids = [
      this.hint() ? `${this.idPrefix()}-hint` : null,
      this.errors()[key] ? `${this.idPrefix()}-${key}-error` : null,
    ].filter((id): id is string => id !== null);
    return ids.length ? ids.join(' ') : null;
  }
}
