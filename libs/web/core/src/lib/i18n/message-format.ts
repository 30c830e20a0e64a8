import type { LocalizedText, Locale } from '@agora/contracts';

/** A dictionary key, or a text the API already gave in both languages. */
export type Translatable = string | LocalizedText;

export type MessageParams = Record<string, string | number>;

export function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).fr === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

/** Replaces `{name}` placeholders; a placeholder without a value is left visible so the gap is noticed. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** The placeholder names of a message, so both languages can be checked to use the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

export function pickLocale(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.fr;
}
