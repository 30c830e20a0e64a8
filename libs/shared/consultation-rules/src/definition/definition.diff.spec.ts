import type { ConsultationDefinition } from '../question/question.model';
import { diffDefinitions } from './definition.diff';
import { hallDefinition } from '../testing/consultation.fixture';

/** A deep copy of the hall consultation with one change applied. */
function edited(change: (questions: any[]) => void): ConsultationDefinition {
  const copy = JSON.parse(JSON.stringify(hallDefinition));
  change(copy.questions);
  return copy;
}

describe('diffDefinitions', () => {
  it('finds no change between a definition and its copy', () => {
    expect(
      diffDefinitions(
        hallDefinition,
        edited(() => undefined),
      ).kind,
    ).toBe('none');
  });

  it('ignores the order of fields', () => {
    const reordered = edited((qs) => {
      qs[2] = Object.fromEntries(Object.entries(qs[2]).reverse());
    });
    expect(diffDefinitions(hallDefinition, reordered).kind).toBe('none');
  });

  it('classifies a typo fix in a title as wording only', () => {
    const after = edited((qs) => (qs[2].title.fr = 'Venez-vous au marché ?!'));
    expect(diffDefinitions(hallDefinition, after)).toEqual({
      kind: 'wording-only',
      wordingChanges: ['questions[2].title'],
      structuralChanges: [],
    });
  });

  it('classifies a corrected option label as wording only', () => {
    const after = edited((qs) => (qs[2].options[1].label = { fr: 'Chaque mois', en: 'Every month' }));
    expect(diffDefinitions(hallDefinition, after).wordingChanges).toEqual(['questions[2].options[1].label']);
  });

  it('classifies an added description as wording only', () => {
    const after = edited((qs) => (qs[5].description = { fr: '1 = pas du tout' }));
    expect(diffDefinitions(hallDefinition, after).kind).toBe('wording-only');
  });

  it('classifies a corrected help text as wording only', () => {
    const after = edited((qs) => (qs[1].text.fr = 'La halle ouvre le mardi, le jeudi et le samedi.'));
    expect(diffDefinitions(hallDefinition, after).kind).toBe('wording-only');
  });

  it('classifies a changed option id as structural', () => {
    const after = edited((qs) => (qs[2].options[0].id = 'each-week'));
    expect(diffDefinitions(hallDefinition, after).structuralChanges).toEqual(['questions[2].options[0].id']);
  });

  it('classifies an added option as structural', () => {
    const after = edited((qs) => qs[2].options.push({ id: 'never', label: { fr: 'Jamais' } }));
    expect(diffDefinitions(hallDefinition, after)).toMatchObject({
      kind: 'structural',
      structuralChanges: ['questions[2].options'],
    });
  });

  it('classifies a changed bound as structural', () => {
    const after = edited((qs) => (qs[3].maxSelections = 3));
    expect(diffDefinitions(hallDefinition, after).structuralChanges).toEqual(['questions[3].maxSelections']);
  });

  it('classifies a question made required as structural', () => {
    const after = edited((qs) => (qs[4].required = true));
    expect(diffDefinitions(hallDefinition, after).kind).toBe('structural');
  });

  it('classifies a changed condition as structural', () => {
    const after = edited((qs) => (qs[16].condition.value = true));
    expect(diffDefinitions(hallDefinition, after).structuralChanges).toEqual([
      'questions[16].condition.value',
    ]);
  });

  it('classifies a changed type as structural', () => {
    const after = edited((qs) => (qs[4].type = 'single-choice'));
    expect(diffDefinitions(hallDefinition, after).kind).toBe('structural');
  });

  it('classifies two swapped questions as structural', () => {
    const after = edited((qs) => ([qs[3], qs[4]] = [qs[4], qs[3]]));
    expect(diffDefinitions(hallDefinition, after).kind).toBe('structural');
  });

  it('classifies a removed question as structural', () => {
    const after = edited((qs) => qs.pop());
    expect(diffDefinitions(hallDefinition, after).structuralChanges).toEqual(['questions']);
  });

  it('classifies a moved territory boundary as structural', () => {
    const after = edited((qs) => (qs[14].boundary.coordinates[0][1][0] = 11));
    expect(diffDefinitions(hallDefinition, after).structuralChanges).toEqual([
      'questions[14].boundary.coordinates[0][1][0]',
    ]);
  });

  it('reports structural when wording and structure both changed, listing both', () => {
    const after = edited((qs) => {
      qs[2].title.fr = 'Venez-vous souvent ?';
      qs[5].max = 10;
    });
    expect(diffDefinitions(hallDefinition, after)).toEqual({
      kind: 'structural',
      wordingChanges: ['questions[2].title'],
      structuralChanges: ['questions[5].max'],
    });
  });
});
