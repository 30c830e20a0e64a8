import { validateConsultationDefinition } from './definition.validator';
import { definitionOf, hallDefinition, help, keepHall, section } from '../testing/consultation.fixture';

const problemsOf = (definition: unknown) =>
  validateConsultationDefinition(definition).map((p) => [p.path, p.code] as const);

describe('validateConsultationDefinition', () => {
  it('accepts a consultation with every question type', () => {
    expect(validateConsultationDefinition(hallDefinition)).toEqual([]);
  });

  it('refuses something that has no list of questions', () => {
    expect(problemsOf({ items: [] })).toEqual([['questions', 'DEFINITION_NOT_OBJECT']]);
  });

  it('refuses a consultation with only a section title and a help text', () => {
    expect(problemsOf(definitionOf(section, help))).toEqual([['questions', 'NO_QUESTIONS']]);
  });

  it('refuses an item that is not an object', () => {
    expect(problemsOf({ questions: [keepHall, 'Q2'] })).toEqual([['questions[1]', 'INVALID_FIELD']]);
  });

  it('refuses a missing id', () => {
    expect(problemsOf(definitionOf({ ...keepHall, id: '' }))).toEqual([['questions[0].id', 'INVALID_ID']]);
  });

  it('refuses an id with spaces', () => {
    expect(problemsOf(definitionOf({ ...keepHall, id: 'garder la halle' }))).toEqual([
      ['questions[0].id', 'INVALID_ID'],
    ]);
  });

  it('refuses "__proto__" as an id', () => {
    expect(problemsOf(definitionOf({ ...keepHall, id: '__proto__' }))).toEqual([
      ['questions[0].id', 'INVALID_ID'],
    ]);
  });

  it('accepts a UUID as an id', () => {
    expect(problemsOf(definitionOf({ ...keepHall, id: '0b6f5c1e-7d8a-4c2b-9f3e-2a1d4c5b6e7f' }))).toEqual([]);
  });

  it('refuses two items with the same id, pointing at the second', () => {
    expect(problemsOf(definitionOf(keepHall, { ...section, id: 'keep-hall' }))).toEqual([
      ['questions[1].id', 'DUPLICATE_ID'],
    ]);
  });

  it('refuses an unknown type', () => {
    expect(problemsOf({ questions: [keepHall, { id: 'q2', type: 'slider', title: { fr: 'Q' } }] })).toEqual([
      ['questions[1].type', 'UNKNOWN_TYPE'],
    ]);
  });

  it('gives each problem a message in French and in English', () => {
    expect(validateConsultationDefinition(definitionOf(section))[0].message).toEqual({
      fr: 'Ajoutez au moins une question.',
      en: 'Add at least one question.',
    });
  });

  it('lists problems in the order of the definition', () => {
    const definition = definitionOf({ ...keepHall, title: { fr: '' } }, { ...section, id: 'keep-hall' });
    expect(problemsOf(definition).map(([path]) => path)).toEqual([
      'questions[0].title.fr',
      'questions[1].id',
    ]);
  });
});

describe('validateConsultationDefinition with a cleared condition', () => {
  it('accepts a condition stored as null', () => {
    expect(
      problemsOf(definitionOf(keepHall, { ...keepHall, id: 'again', condition: null as never })),
    ).toEqual([]);
  });
});
