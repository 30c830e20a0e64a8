import { HttpStatus } from '@nestjs/common';

import type { FieldError, LocalizedText, TerritoryKind } from '@agora/contracts';

import { badRequest, conflict, DomainError, notFound } from '../errors/domain.error';
import type { GeoJsonProblem } from './geojson.rule';

const KIND_LABEL: Record<TerritoryKind, LocalizedText> = {
  metropole: { fr: 'métropole', en: 'metropolitan authority (métropole)' },
  epci: { fr: 'intercommunalité', en: 'inter-municipal authority (EPCI)' },
  commune: { fr: 'commune', en: 'municipality (commune)' },
  quartier: { fr: 'quartier', en: 'neighbourhood (quartier)' },
};

function toFields(problems: GeoJsonProblem[]): FieldError[] {
  return problems.map((problem) => ({ field: problem.path, code: problem.code, message: problem.message }));
}

/** The refusals of the territories domain, each with its stable code and its French and English text. */
export const territoryErrors = {
  notFound: () =>
    notFound(
      'TERRITORY_NOT_FOUND',
      'Ce territoire n’existe pas (ou plus).',
      'This territory does not exist (any more).',
    ),
  invalidIdOrSlug: () =>
    badRequest(
      'INVALID_ID',
      'Identifiant de territoire invalide (un identifiant ou un nom court comme « centre-ville » est attendu).',
      'Invalid territory identifier (an id or a short name such as "centre-ville" is expected).',
    ),
  invalidGeoJson: (problems: GeoJsonProblem[]) => {
    const first = problems[0];
    return badRequest(
      'INVALID_GEOJSON',
      `Contour GeoJSON invalide (${first.path} : ${first.message.fr})`,
      `Invalid GeoJSON boundary (${first.path}: ${first.message.en})`,
      toFields(problems),
    );
  },
  kindNesting: (kind: TerritoryKind, parentKind: TerritoryKind | null) =>
    badRequest(
      'INVALID_NESTING',
      parentKind
        ? `Un territoire de type « ${KIND_LABEL[kind].fr} » ne peut pas être placé sous un territoire de type « ${KIND_LABEL[parentKind].fr} ».`
        : `Un territoire de type « ${KIND_LABEL[kind].fr} » doit être placé sous un autre territoire.`,
      parentKind
        ? `A ${KIND_LABEL[kind].en} cannot be placed under a ${KIND_LABEL[parentKind].en}.`
        : `A ${KIND_LABEL[kind].en} must be placed under another territory.`,
      [
        {
          field: 'kind',
          code: 'nesting',
          message: { fr: 'Type incompatible avec le parent.', en: 'Kind not allowed under this parent.' },
        },
      ],
    ),
  inseeNotApplicable: (kind: TerritoryKind) =>
    badRequest(
      'INSEE_NOT_APPLICABLE',
      `Seules les communes ont un code INSEE, pas un territoire de type « ${KIND_LABEL[kind].fr} ».`,
      `Only communes have an INSEE code, not a ${KIND_LABEL[kind].en}.`,
      [
        {
          field: 'inseeCode',
          code: 'notApplicable',
          message: { fr: 'Réservé aux communes.', en: 'For communes only.' },
        },
      ],
    ),
  required: (field: string) =>
    badRequest('VALIDATION_FAILED', 'Certains champs sont invalides.', 'Some fields are invalid.', [
      {
        field,
        code: 'isNotEmpty',
        message: { fr: 'Ce champ ne peut pas être vidé.', en: 'This field cannot be cleared.' },
      },
    ]),
  slugTaken: (slug: string) =>
    conflict(
      'SLUG_TAKEN',
      `Le nom court « ${slug} » est déjà utilisé par un autre territoire : choisissez-en un autre.`,
      `The short name "${slug}" is already used by another territory: choose another one.`,
    ),
  noQuartierAtPoint: () =>
    notFound(
      'NO_QUARTIER_AT_POINT',
      'Aucun quartier connu ne contient ce point : vérifiez l’adresse ou choisissez votre quartier dans la liste.',
      'No known quartier contains this point: check the address or choose your quartier from the list.',
    ),
  legalInfoMissing: () =>
    notFound(
      'LEGAL_INFO_MISSING',
      'Les informations légales de ce territoire n’ont pas encore été renseignées.',
      'The legal information of this territory has not been filled in yet.',
    ),
  importInvalid: (problems: GeoJsonProblem[]) =>
    badRequest(
      'INVALID_IMPORT',
      `Le fichier contient ${problems.length > 1 ? 'des erreurs' : 'une erreur'} (première : ${problems[0].path} : ${problems[0].message.fr}). Aucun quartier n’a été importé.`,
      `The file has ${problems.length > 1 ? 'errors' : 'an error'} (first: ${problems[0].path}: ${problems[0].message.en}). No quartier was imported.`,
      toFields(problems),
    ),
  importSlugsTaken: (problems: GeoJsonProblem[]) =>
    new DomainError(
      HttpStatus.CONFLICT,
      'SLUG_TAKEN',
      {
        fr: `Certains noms courts sont déjà utilisés par d’autres territoires (premier : ${problems[0].path}). Aucun quartier n’a été importé.`,
        en: `Some short names are already used by other territories (first: ${problems[0].path}). No quartier was imported.`,
      },
      toFields(problems),
    ),
};
