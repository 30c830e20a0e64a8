import 'reflect-metadata';

import { WORK_CATEGORIES, WORK_CSV_COLUMNS, WORK_PHOTO_KINDS, WORK_STATUSES } from '@agora/contracts';

import { CSV_COLUMNS } from './staff/csv-columns';
import { WORK_CATEGORY_CODES, WORK_PHOTO_KIND_CODES, WORK_STATUS_CODES } from './work.labels';

describe('the web copies of the works contracts', () => {
  it('list every status in the API order', () => {
    expect(WORK_STATUS_CODES).toEqual([...WORK_STATUSES]);
  });

  it('list every category in the API order', () => {
    expect(WORK_CATEGORY_CODES).toEqual([...WORK_CATEGORIES]);
  });

  it('list every kind of photo', () => {
    expect(WORK_PHOTO_KIND_CODES).toEqual([...WORK_PHOTO_KINDS]);
  });

  it('show the CSV columns the import expects', () => {
    expect(CSV_COLUMNS).toEqual([...WORK_CSV_COLUMNS]);
  });
});
