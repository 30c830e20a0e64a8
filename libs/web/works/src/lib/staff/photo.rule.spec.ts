import { PHOTO_MAX_BYTES, photoProblem } from './photo.rule';

const png = { name: 'avant.png', type: 'image/png', size: 2048 };

describe('photoProblem', () => {
  it('accepts a PNG with a description', () => {
    expect(photoProblem({ file: png, alt: 'La rue avant les travaux' })).toBeNull();
  });

  it('asks for a file', () => {
    expect(photoProblem({ file: null, alt: 'x' })?.key).toBe('works.staff.update.photoMissing');
  });

  it('refuses a PDF and names the file', () => {
    expect(
      photoProblem({ file: { name: 'plan.pdf', type: 'application/pdf', size: 10 }, alt: 'Plan' }),
    ).toEqual({
      key: 'works.staff.update.photoType',
      params: { name: 'plan.pdf' },
    });
  });

  it('refuses a photo over 5 MB', () => {
    expect(photoProblem({ file: { ...png, size: PHOTO_MAX_BYTES + 1 }, alt: 'Rue' })?.key).toBe(
      'works.staff.update.photoSize',
    );
  });

  it('asks for a text alternative', () => {
    expect(photoProblem({ file: png, alt: '   ' })?.key).toBe('works.staff.update.photoAlt');
  });
});
