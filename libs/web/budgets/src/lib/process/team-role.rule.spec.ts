import { teamRoleFor } from './team-role.rule';

const territories = [
  { id: 'metropole', parentId: null },
  { id: 'commune', parentId: 'metropole' },
  { id: 'quartier', parentId: 'commune' },
  { id: 'other', parentId: 'metropole' },
];

describe('teamRoleFor', () => {
  it('finds staff of the process’s own territory', () => {
    expect(teamRoleFor([{ role: 'staff', territoryId: 'commune' }], territories, 'commune')).toBe('staff');
  });

  it('inherits an official’s role from a territory above', () => {
    expect(teamRoleFor([{ role: 'official', territoryId: 'metropole' }], territories, 'commune')).toBe(
      'official',
    );
  });

  it('counts an admin as an official', () => {
    expect(teamRoleFor([{ role: 'admin', territoryId: 'commune' }], territories, 'commune')).toBe('official');
  });

  it('prefers the official role when the person holds both', () => {
    const grants = [
      { role: 'staff' as const, territoryId: 'commune' },
      { role: 'official' as const, territoryId: 'metropole' },
    ];
    expect(teamRoleFor(grants, territories, 'commune')).toBe('official');
  });

  it('ignores a role on a quartier below the process’s territory', () => {
    expect(teamRoleFor([{ role: 'staff', territoryId: 'quartier' }], territories, 'commune')).toBeNull();
  });

  it('ignores a role on another commune', () => {
    expect(teamRoleFor([{ role: 'official', territoryId: 'other' }], territories, 'commune')).toBeNull();
  });

  it('ignores a resident’s citizen role', () => {
    expect(teamRoleFor([{ role: 'citizen', territoryId: 'metropole' }], territories, 'commune')).toBeNull();
  });
});
