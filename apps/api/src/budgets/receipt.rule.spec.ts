import { newReceiptCode, normaliseReceiptCode, publishedVoterId, receiptHash } from './receipt.rule';
import { seededShuffle } from './seeded-order.rule';

describe('receipt codes', () => {
  it('are three groups of four characters', () => {
    expect(newReceiptCode()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('read back whatever the case, spaces and look-alike letters', () => {
    expect(normaliseReceiptCode(' k7qx m2pa r9tO ')).toBe('K7QX-M2PA-R9T0');
  });

  it('refuse a code of the wrong length', () => {
    expect(normaliseReceiptCode('K7QX-M2PA')).toBeNull();
  });

  it('give a 16-character published voter id', () => {
    expect(publishedVoterId(receiptHash('K7QX-M2PA-R9T0'))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('seededShuffle', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('gives the same order for the same visitor', () => {
    expect(seededShuffle(items, 'a')).toEqual(seededShuffle(items, 'a'));
  });

  it('gives another order to another visitor', () => {
    expect(seededShuffle(items, 'a')).not.toEqual(seededShuffle(items, 'b'));
  });

  it('keeps every project', () => {
    expect([...seededShuffle(items, 'a')].sort((x, y) => x - y)).toEqual(items);
  });
});
