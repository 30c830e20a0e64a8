import 'reflect-metadata';

import {
  COMMENT_MAX_DEPTH,
  PROPOSAL_IMAGE_MAX_BYTES,
  PROPOSAL_IMAGE_MAX_COUNT,
  PROPOSAL_IMAGE_TYPES,
} from '@agora/contracts';

import {
  COMMENT_DEPTH_LIMIT,
  IMAGE_MAX_BYTES,
  IMAGE_MAX_COUNT,
  IMAGE_TYPES,
  imagesProblem,
} from './proposal.limits';

const file = (name: string, type: string, size: number) => ({ name, type, size }) as File;

describe('proposal limits in the browser', () => {
  it('match the contracts', () => {
    expect({ IMAGE_MAX_BYTES, IMAGE_MAX_COUNT, IMAGE_TYPES, COMMENT_DEPTH_LIMIT }).toEqual({
      IMAGE_MAX_BYTES: PROPOSAL_IMAGE_MAX_BYTES,
      IMAGE_MAX_COUNT: PROPOSAL_IMAGE_MAX_COUNT,
      IMAGE_TYPES: [...PROPOSAL_IMAGE_TYPES],
      COMMENT_DEPTH_LIMIT: COMMENT_MAX_DEPTH,
    });
  });

  it('accept a small JPEG', () => {
    expect(imagesProblem([file('banc.jpg', 'image/jpeg', 1000)])).toBeNull();
  });

  it('refuse a PDF, naming the file', () => {
    expect(imagesProblem([file('plan.pdf', 'application/pdf', 1000)])).toEqual({
      key: 'budgets.form.imageType',
      params: { name: 'plan.pdf' },
    });
  });

  it('refuse an image over 5 MB', () => {
    expect(imagesProblem([file('grand.png', 'image/png', 6 * 1024 * 1024)])?.key).toBe(
      'budgets.form.imageSize',
    );
  });

  it('refuse more than five images', () => {
    const files = Array.from({ length: 6 }, (_, i) => file(`${i}.png`, 'image/png', 10));
    expect(imagesProblem(files)?.key).toBe('budgets.form.imagesTooMany');
  });
});
