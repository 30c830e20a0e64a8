import { badRequest, conflict, notFound } from '../errors/domain.error';

/** The refusals of the processes domain, each with its stable code and its French and English text. */
export const processErrors = {
  notFound: () => notFound('PROCESS_NOT_FOUND', 'Cette démarche n’existe pas (ou plus).', 'This process does not exist (any more).'),
  slugTaken: (slug: string) =>
    conflict('PROCESS_SLUG_TAKEN', `L’adresse « ${slug} » est déjà utilisée par une autre démarche.`, `The address "${slug}" is already used by another process.`),
  wrongTerritoryKind: () =>
    badRequest(
      'PROCESS_TERRITORY_KIND',
      'Une démarche se lance sur une commune, une intercommunalité ou une métropole, pas sur un quartier.',
      'A process runs on a commune, an EPCI or a métropole, not on a quartier.',
    ),
  scheduleDuplicate: (phase: string) =>
    badRequest('SCHEDULE_DUPLICATE_PHASE', `La phase « ${phase} » apparaît deux fois dans le calendrier.`, `Phase "${phase}" appears twice in the schedule.`),
  scheduleOrder: () =>
    badRequest(
      'SCHEDULE_ORDER',
      'Les dates du calendrier doivent se suivre dans l’ordre des phases, et chaque fin venir après son début.',
      'The schedule dates must follow the order of the phases, and each end must come after its start.',
    ),
  samePhase: () => conflict('PHASE_UNCHANGED', 'La démarche est déjà dans cette phase.', 'The process is already in this phase.'),
  imageNotFound: () => notFound('PROCESS_IMAGE_NOT_FOUND', 'Cette image n’existe pas (ou plus).', 'This image does not exist (any more).'),
  // Images are uploaded, never linked: a link to another site would let it follow every visitor.
  imagePathNotUploaded: () =>
    badRequest(
      'PROCESS_IMAGE_PATH',
      'L’image d’une démarche s’envoie avec le formulaire d’image ; elle ne peut pas être un lien vers un autre site.',
      'A process image is uploaded with the image form; it cannot be a link to another site.',
    ),
};
