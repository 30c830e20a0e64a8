import type { ValidationError } from 'class-validator';

import type { FieldError, LocalizedText } from '@agora/contracts';

/**
 * French and English wording for class-validator's constraints. The constraint's own English text
 * names arguments ("must be longer than or equal to 12 characters"); we keep the numbers from it.
 */
const TEMPLATES: Record<string, (args: string[]) => LocalizedText> = {
  whitelistValidation: () => ({ fr: 'Ce champ n’est pas attendu.', en: 'This field is not allowed.' }),
  isDefined: () => ({ fr: 'Ce champ est obligatoire.', en: 'This field is required.' }),
  isNotEmpty: () => ({ fr: 'Ce champ est obligatoire.', en: 'This field is required.' }),
  isEmail: () => ({ fr: 'Adresse e-mail invalide.', en: 'Invalid e-mail address.' }),
  isString: () => ({ fr: 'Un texte est attendu.', en: 'Text is expected.' }),
  isInt: () => ({ fr: 'Un nombre entier est attendu.', en: 'A whole number is expected.' }),
  isNumber: () => ({ fr: 'Un nombre est attendu.', en: 'A number is expected.' }),
  isBoolean: () => ({ fr: 'Oui ou non est attendu.', en: 'True or false is expected.' }),
  isUuid: () => ({ fr: 'Identifiant invalide.', en: 'Invalid identifier.' }),
  isObject: () => ({ fr: 'Un objet est attendu.', en: 'An object is expected.' }),
  isArray: () => ({ fr: 'Une liste est attendue.', en: 'A list is expected.' }),
  isIn: (a) => ({ fr: `Valeur non autorisée (valeurs possibles : ${a[0] ?? ''}).`, en: `Value not allowed (allowed: ${a[0] ?? ''}).` }),
  isEnum: (a) => ({ fr: `Valeur non autorisée (valeurs possibles : ${a[0] ?? ''}).`, en: `Value not allowed (allowed: ${a[0] ?? ''}).` }),
  minLength: (a) => ({ fr: `Au moins ${a[0]} caractères.`, en: `At least ${a[0]} characters.` }),
  maxLength: (a) => ({ fr: `Au plus ${a[0]} caractères.`, en: `At most ${a[0]} characters.` }),
  isLength: (a) => ({ fr: `Entre ${a[0]} et ${a[1]} caractères.`, en: `Between ${a[0]} and ${a[1]} characters.` }),
  min: (a) => ({ fr: `La valeur minimale est ${a[0]}.`, en: `The minimum is ${a[0]}.` }),
  max: (a) => ({ fr: `La valeur maximale est ${a[0]}.`, en: `The maximum is ${a[0]}.` }),
  matches: () => ({ fr: 'Format invalide.', en: 'Invalid format.' }),
  isLatitude: () => ({ fr: 'Latitude invalide (entre -90 et 90).', en: 'Invalid latitude (between -90 and 90).' }),
  isLongitude: () => ({ fr: 'Longitude invalide (entre -180 et 180).', en: 'Invalid longitude (between -180 and 180).' }),
  isDateString: () => ({ fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' }),
  isIso8601: () => ({ fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' }),
  arrayMinSize: (a) => ({ fr: `Au moins ${a[0]} éléments.`, en: `At least ${a[0]} items.` }),
  arrayMaxSize: (a) => ({ fr: `Au plus ${a[0]} éléments.`, en: `At most ${a[0]} items.` }),
  nestedValidation: () => ({ fr: 'Contenu invalide.', en: 'Invalid content.' }),
};

function numbersIn(message: string): string[] {
  return message.match(/-?\d+(?:\.\d+)?/g) ?? [];
}

function allowedValuesIn(message: string): string[] {
  const match = /following values: (.*)$/.exec(message);
  return match ? [match[1]] : [];
}

export function fieldErrorsFrom(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, englishText] of Object.entries(error.constraints ?? {})) {
      const template = TEMPLATES[code];
      const args = code === 'isIn' || code === 'isEnum' ? allowedValuesIn(englishText) : numbersIn(englishText);
      out.push({
        field,
        code,
        message: template ? template(args) : { fr: 'Valeur invalide.', en: englishText },
      });
    }
    if (error.children?.length) out.push(...fieldErrorsFrom(error.children, field));
  }
  return out;
}
