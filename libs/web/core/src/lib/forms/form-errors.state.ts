import { DOCUMENT } from '@angular/common';
import { Injector, Signal, afterNextRender, computed, inject, signal } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';

import { AppError, toAppError } from '../http/app-error';
import { MessageParams, Translatable } from '../i18n/message-format';
import { TranslationService } from '../i18n/translation.service';

export interface FieldConfig {
  /** Dictionary key of the visible label. */
  label: string;
  hint?: string;
  hintParams?: MessageParams;
  optional?: boolean;
  /** Messages for this field's validators by error name (`pattern`, `mismatch`), over the generic ones. */
  messages?: Record<string, string>;
  /** Request paths the API may report for this control, e.g. `features` for a GeoJSON text area. */
  serverFields?: string[];
}

/** What `agora-field` and `[agoraControl]` need to label a control and tie its hint and error to it. */
export interface FormFieldView {
  id: string;
  label: string;
  hint: string | null;
  error: string | null;
  optionalText: string | null;
  describedBy: string | null;
  invalid: 'true' | null;
}

export interface SummaryItem {
  fieldId: string | null;
  text: string;
}

interface Message {
  text: Translatable;
  params?: MessageParams;
  /** The API's path, when it was not this field's own name. */
  path?: string;
}

const GENERIC_MESSAGES: Record<string, string> = {
  required: 'common.validation.required',
  email: 'common.validation.email',
  minlength: 'common.validation.minLength',
  maxlength: 'common.validation.maxLength',
  pattern: 'common.validation.pattern',
};

/**
 * The errors of one form, from the browser's checks and from the API, for the error summary at the
 * top of the form and for each field. Validation happens on submit, as in the GOV.UK and DSFR
 * patterns: messages do not appear while a person is still typing.
 */
export class FormErrors<K extends string> {
  readonly summaryId: string;
  readonly views: Signal<Record<K, FormFieldView>>;
  readonly summary: Signal<SummaryItem[]>;
  readonly generalText: Signal<string | null>;
  readonly hasErrors: Signal<boolean>;

  private readonly fieldMessages = signal<Partial<Record<K, Message[]>>>({});
  private readonly general = signal<Message | null>(null);
  private readonly unplaced = signal<Message[]>([]);
  private readonly names: K[];

  constructor(
    private readonly form: FormGroup,
    private readonly config: Record<K, FieldConfig>,
    readonly formId: string,
    private readonly i18n: TranslationService,
    private readonly injector: Injector,
    private readonly document: Document,
  ) {
    this.names = Object.keys(config) as K[];
    this.summaryId = `${formId}-erreurs`;
    this.views = computed(() => this.buildViews());
    this.generalText = computed(() => {
      const general = this.general();
      return general ? this.i18n.translate(general.text, general.params) : null;
    });
    this.summary = computed(() => this.buildSummary());
    this.hasErrors = computed(() => this.summary().length > 0 || this.general() !== null);
  }

  id(name: K): string {
    return `${this.formId}-${name}`;
  }

  /** Checks the form; when it is invalid, shows the errors and moves focus to the summary. */
  validate(): boolean {
    this.clear();
    const messages: Partial<Record<K, Message[]>> = {};
    for (const name of this.names) {
      const message = this.clientMessage(name, this.form.get(name));
      if (message) messages[name] = [message];
    }
    if (Object.keys(messages).length === 0) return true;
    this.fieldMessages.set(messages);
    this.focusSummary();
    return false;
  }

  /** Shows what the API refused, field by field where it can, and returns it for the caller. */
  showApiError(error: unknown): AppError {
    const appError = toAppError(error);
    const messages: Partial<Record<K, Message[]>> = {};
    const unplaced: Message[] = [];
    for (const field of appError.fields) {
      const name = this.controlFor(field.field);
      const message: Message = { text: field.message, path: name === field.field ? undefined : field.field };
      if (name) messages[name] = [...(messages[name] ?? []), message];
      else unplaced.push({ ...message, path: field.field });
    }
    this.fieldMessages.set(messages);
    this.unplaced.set(unplaced);
    this.general.set({ text: appError.message });
    this.focusSummary();
    return appError;
  }

  /** A problem that is not about one field (e.g. the position could not be found). */
  fail(text: Translatable, params?: MessageParams): void {
    this.clear();
    this.general.set({ text, params });
    this.focusSummary();
  }

  clear(): void {
    this.fieldMessages.set({});
    this.unplaced.set([]);
    this.general.set(null);
  }

  private clientMessage(name: K, control: AbstractControl | null): Message | null {
    const errors = control?.errors;
    if (!errors) return null;
    const [errorName, detail] = Object.entries(errors)[0] as [string, Record<string, unknown> | boolean];
    const details = typeof detail === 'object' && detail !== null ? detail : {};
    // A custom validator may name its own message: `{ geojson: { key: 'admin.geojson.notJson' } }`.
    if (typeof details['key'] === 'string' && !this.config[name].messages?.[errorName]) {
      return { text: details['key'], params: details['params'] as MessageParams | undefined };
    }
    const key =
      this.config[name].messages?.[errorName] ?? GENERIC_MESSAGES[errorName] ?? 'common.validation.invalid';
    return {
      text: key,
      params: {
        min: Number(details['requiredLength'] ?? 0),
        max: Number(details['requiredLength'] ?? 0),
      },
    };
  }

  private controlFor(path: string): K | null {
    const head = path.split('.')[0];
    return (
      this.names.find((name) => name === path) ??
      this.names.find((name) => name === head) ??
      this.names.find((name) => this.config[name].serverFields?.includes(head)) ??
      null
    );
  }

  private textOf(messages: Message[] | undefined): string | null {
    if (!messages?.length) return null;
    return messages
      .map((message) => {
        const text = this.i18n.translate(message.text, message.params);
        return message.path
          ? this.i18n.translate('common.errorSummary.item', { label: message.path, message: text })
          : text;
      })
      .join(' ');
  }

  private buildViews(): Record<K, FormFieldView> {
    const messages = this.fieldMessages();
    const views = {} as Record<K, FormFieldView>;
    for (const name of this.names) {
      const config = this.config[name];
      const id = this.id(name);
      const error = this.textOf(messages[name]);
      const describedBy = [config.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
        .filter(Boolean)
        .join(' ');
      views[name] = {
        id,
        label: this.i18n.translate(config.label),
        hint: config.hint ? this.i18n.translate(config.hint, config.hintParams) : null,
        error,
        optionalText: config.optional ? this.i18n.translate('common.optional') : null,
        describedBy: describedBy || null,
        invalid: error ? 'true' : null,
      };
    }
    return views;
  }

  private buildSummary(): SummaryItem[] {
    const views = this.views();
    const items: SummaryItem[] = this.names
      .filter((name) => views[name].error)
      .map((name) => ({
        fieldId: views[name].id,
        text: this.i18n.translate('common.errorSummary.item', {
          label: views[name].label,
          message: views[name].error ?? '',
        }),
      }));
    for (const message of this.unplaced()) {
      items.push({
        fieldId: null,
        text: this.i18n.translate('common.errorSummary.item', {
          label: message.path ?? '',
          message: this.i18n.translate(message.text),
        }),
      });
    }
    return items;
  }

  private focusSummary(): void {
    afterNextRender(
      { read: () => this.document.getElementById(this.summaryId)?.focus() },
      { injector: this.injector },
    );
  }
}

/** Creates the error state of a form; call it in a field initializer of the page. */
export function formErrors<K extends string>(
  form: FormGroup,
  config: Record<K, FieldConfig>,
  formId: string,
): FormErrors<K> {
  return new FormErrors(form, config, formId, inject(TranslationService), inject(Injector), inject(DOCUMENT));
}
