import 'reflect-metadata';

import { PROPOSAL_IMAGE_MAX_BYTES, PROPOSAL_IMAGE_MAX_COUNT, PROPOSAL_IMAGE_TYPES } from '@agora/contracts';

import { IMAGE_MAX_COUNT, IMAGE_TYPES, ideaImagesProblem } from './idea-images.rule';

describe('ideaImagesProblem', () => {
  it('uses the limits of the contracts', () => {
    expect(IMAGE_MAX_COUNT).toBe(PROPOSAL_IMAGE_MAX_COUNT);
    expect(IMAGE_TYPES).toEqual([...PROPOSAL_IMAGE_TYPES]);
    expect(ideaImagesProblem([{ name: 'a.jpg', type: 'image/jpeg', size: PROPOSAL_IMAGE_MAX_BYTES }])).toBeNull();
    expect(ideaImagesProblem([{ name: 'a.jpg', type: 'image/jpeg', size: PROPOSAL_IMAGE_MAX_BYTES + 1 }])).not.toBeNull();
  });

  const file = (name: string, type: string, size = 1000) => ({ name, type, size });

  it('accepts up to five JPEG, PNG or WebP images', () => {
    expect(ideaImagesProblem([file('a.jpg', 'image/jpeg'), file('b.png', 'image/png')])).toBeNull();
  });
  it('refuses a PDF, naming it', () => {
    expect(ideaImagesProblem([file('plan.pdf', 'application/pdf')])).toEqual({
      key: 'ideas.form.imageType',
      params: { name: 'plan.pdf' },
    });
  });
  it('refuses an image over 5 MB', () => {
    expect(ideaImagesProblem([file('big.jpg', 'image/jpeg', 6 * 1024 * 1024)])?.key).toBe('ideas.form.imageSize');
  });
  it('refuses a sixth image', () => {
    expect(ideaImagesProblem(Array.from({ length: 6 }, (_, i) => file(`${i}.jpg`, 'image/jpeg')))?.key).toBe(
      'ideas.form.imagesTooMany',
    );
  });
});
