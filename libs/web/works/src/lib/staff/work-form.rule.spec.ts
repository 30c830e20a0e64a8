import type { WorkDetail } from '@agora/contracts';

import { WorkFormValue, formValueOf, workFields } from './work-form.rule';

const EMPTY: WorkFormValue = {
  territoryId: 'q1',
  title: 'Trottoirs rue Haute',
  category: 'voirie',
  status: 'programme',
  statusReason: '',
  progress: '',
  description: '  Élargir les trottoirs.  ',
  estimatedCost: '',
  estimatedDurationDays: '',
  plannedStartOn: '',
  plannedEndOn: '',
  actualStartOn: '',
  actualEndOn: '',
  budgetLine: ' ',
  amountSpent: '',
  parentId: '',
};

describe('workFields', () => {
  it('sends empty fields as null so that clearing them clears them', () => {
    expect(workFields(EMPTY, null, { hasChildren: false })).toEqual({
      description: 'Élargir les trottoirs.',
      estimatedCostCents: null,
      estimatedDurationDays: null,
      place: null,
      plannedStartOn: null,
      plannedEndOn: null,
      actualStartOn: null,
      actualEndOn: null,
      budgetLine: null,
      amountSpentCents: null,
      parentId: null,
    });
  });

  it('turns euros with cents into whole cents', () => {
    const fields = workFields({ ...EMPTY, estimatedCost: '1250.5', amountSpent: '0.07' }, null, {
      hasChildren: false,
    });
    expect([fields.estimatedCostCents, fields.amountSpentCents]).toEqual([125050, 7]);
  });

  it('reads the numbers Angular gives for number fields, and null for empty ones', () => {
    const fields = workFields(
      { ...EMPTY, progress: 30, estimatedCost: 1250.5, estimatedDurationDays: null, amountSpent: null },
      null,
      { hasChildren: false },
    );
    expect([
      fields.progress,
      fields.estimatedCostCents,
      fields.estimatedDurationDays,
      fields.amountSpentCents,
    ]).toEqual([30, 125050, null, null]);
  });

  it('sends the progress of a work without parts', () => {
    expect(workFields({ ...EMPTY, progress: '40' }, null, { hasChildren: false }).progress).toBe(40);
  });

  it('never sends the progress of a parent work, computed from its parts', () => {
    expect(workFields({ ...EMPTY, progress: '40' }, null, { hasChildren: true })).not.toHaveProperty(
      'progress',
    );
  });
});

describe('formValueOf', () => {
  it('shows amounts in euros and missing values as empty fields', () => {
    const work = {
      territoryId: 'q1',
      title: 'Éclairage',
      category: 'eclairage',
      status: 'abandonne',
      statusReason: 'Trop cher',
      progress: 10,
      description: '',
      estimatedCostCents: 1_500_050,
      estimatedDurationDays: null,
      plannedStartOn: '2026-03-01',
      plannedEndOn: null,
      actualStartOn: null,
      actualEndOn: null,
      budgetLine: null,
      amountSpentCents: null,
      parentId: null,
    } as unknown as WorkDetail;
    expect(formValueOf(work)).toMatchObject({
      statusReason: 'Trop cher',
      progress: '10',
      estimatedCost: '15000.5',
      estimatedDurationDays: '',
      plannedStartOn: '2026-03-01',
      plannedEndOn: '',
    });
  });
});
