import { identityHash, normaliseBirthDate, normaliseName, parseCensusCsv } from './census.rule';

const salt = Buffer.alloc(32, 7);

describe('census rules', () => {
  it('ignores accents, case, hyphens and extra spaces in names', () => {
    expect(normaliseName('  Lefèvre-DUPONT ')).toBe(normaliseName('lefevre dupont'));
  });

  it('reads French and ISO birth dates alike', () => {
    expect(normaliseBirthDate('03/04/1990')).toBe('1990-04-03');
  });

  it('refuses a date that does not exist', () => {
    expect(normaliseBirthDate('1990-02-30')).toBeNull();
  });

  it('gives the same hash for the same person however typed', () => {
    const a = identityHash(salt, { lastName: 'Élodie', firstName: 'Martin', birthDate: '1990-04-03' });
    const b = identityHash(salt, { lastName: 'ELODIE', firstName: 'martin', birthDate: '03/04/1990' });
    expect(a?.equals(b!)).toBe(true);
  });

  it('gives another hash with another salt', () => {
    const fields = { lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' };
    expect(identityHash(salt, fields)?.equals(identityHash(Buffer.alloc(32, 8), fields)!)).toBe(false);
  });

  it('parses a census file and rejects bad lines with their number', () => {
    const parsed = parseCensusCsv('nom;prénom;date_naissance;quartier\nMartin;Léa;1990-04-03;nord\nDupont;;2000-01-01;\n');
    expect(parsed.lines).toEqual([{ line: 2, fields: { lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' }, quartier: 'nord' }]);
    expect(parsed.rejected.map((r) => r.line)).toEqual([3]);
  });
});
