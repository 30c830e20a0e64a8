import { canNest, childKindsOf, hasInseeCode } from './territory-kind.rule';

describe('territory nesting', () => {
  it('puts a commune under a métropole or an EPCI', () => {
    expect(canNest('commune', 'metropole')).toBe(true);
    expect(canNest('commune', 'epci')).toBe(true);
  });

  it('puts a quartier under a commune or another quartier', () => {
    expect(canNest('quartier', 'commune')).toBe(true);
    expect(canNest('quartier', 'quartier')).toBe(true);
  });

  it('refuses a quartier directly under a métropole', () => {
    expect(canNest('quartier', 'metropole')).toBe(false);
  });

  it('refuses a commune under a quartier or another commune', () => {
    expect(canNest('commune', 'quartier')).toBe(false);
    expect(canNest('commune', 'commune')).toBe(false);
  });

  it('keeps métropoles and EPCIs at the root', () => {
    expect(canNest('metropole', null)).toBe(true);
    expect(canNest('metropole', 'epci')).toBe(false);
    expect(canNest('epci', 'metropole')).toBe(false);
  });

  it('lists what may be created under a commune', () => {
    expect(childKindsOf('commune')).toEqual(['quartier']);
  });

  it('gives an INSEE code to communes only', () => {
    expect(hasInseeCode('commune')).toBe(true);
    expect(hasInseeCode('quartier')).toBe(false);
  });
});
