import { ageFactFrom, BudgetScope, dayReachingAge, decideEligibility, EligibilityRules, parisToday, VoterFacts } from './eligibility.rule';

const territory = { id: 'city', name: 'Ville' };
const budgets: BudgetScope[] = [
  { id: 'b-city', name: 'Ville', territoryId: 'city', territoryName: 'Ville', cityWide: true },
  { id: 'b-nord', name: 'Nord', territoryId: 'nord', territoryName: 'Quartier Nord', cityWide: false },
];
const emailRules: EligibilityRules = { minimumAge: null, residence: 'territory', verifications: ['email', 'in_person'] };
const facts = (overrides: Partial<VoterFacts> = {}): VoterFacts => ({
  emailVerified: true,
  census: null,
  inPerson: false,
  home: { chain: ['nord', 'city'], name: 'Quartier Nord' },
  ...overrides,
});

describe('decideEligibility', () => {
  it('opens the city and the quartier to a verified resident of the quartier, saying why', () => {
    const decision = decideEligibility(emailRules, facts(), territory, budgets);
    expect(decision.summary.fr).toBe(
      'Vous pouvez voter pour toute la ville et pour Quartier Nord, parce que votre adresse e-mail est vérifiée et que vous habitez Quartier Nord.',
    );
  });

  it('opens only the city to a resident of another quartier', () => {
    const decision = decideEligibility(emailRules, facts({ home: { chain: ['sud', 'city'], name: 'Quartier Sud' } }), territory, budgets);
    expect(decision.budgets.map((b) => b.eligible)).toEqual([true, false]);
  });

  it('closes everything to someone living elsewhere', () => {
    const decision = decideEligibility(emailRules, facts({ home: { chain: ['other'], name: 'Ailleurs' } }), territory, budgets);
    expect(decision.eligible).toBe(false);
  });

  it('asks an unverified account to confirm the address or come to the counter', () => {
    const decision = decideEligibility(emailRules, facts({ emailVerified: false }), territory, budgets);
    expect(decision.nextStep?.fr).toBe('Pour voter, confirmez votre adresse e-mail (lien reçu par e-mail) ou venez voter au guichet de la mairie avec une pièce d’identité.');
  });

  it('does not accept a verified e-mail when the census list decides', () => {
    const decision = decideEligibility({ minimumAge: null, residence: 'census', verifications: ['email', 'census'] }, facts(), territory, budgets);
    expect(decision.eligible).toBe(false);
  });

  it('takes the quartier from the census entry', () => {
    const decision = decideEligibility(
      { minimumAge: null, residence: 'census', verifications: ['census'] },
      facts({ census: { quartierId: 'nord' }, emailVerified: false }),
      territory,
      budgets,
    );
    expect(decision.budgets.map((b) => b.eligible)).toEqual([true, true]);
  });
});

describe('decideEligibility with a minimum age', () => {
  const sixteen: EligibilityRules = { minimumAge: 16, residence: 'territory', verifications: ['email', 'census', 'in_person'] };
  const voteDay = '2026-03-15';
  const bornOn = (birthDate: string, source: 'census' | 'counter' | 'declared' = 'census') => facts({ age: ageFactFrom(source, birthDate, 16, '2026-01-01') });

  it('refuses a voter whose age is unknown, saying how to prove it', () => {
    const decision = decideEligibility(sixteen, facts(), territory, budgets, voteDay);
    expect(decision.eligible).toBe(false);
    expect(decision.budgets[0].reason.fr).toBe('Ce vote est ouvert à partir de 16 ans.');
    expect(decision.nextStep?.fr).toBe(
      'Pour prouver votre âge, indiquez votre date de naissance sur la page du vote, retrouvez-vous dans la liste des habitants (nom, prénom, date de naissance) ou venez au guichet de la mairie avec une pièce d’identité.',
    );
  });

  it('refuses a voter too young by one day, with a plain reason', () => {
    const decision = decideEligibility(sixteen, bornOn('2010-03-16'), territory, budgets, voteDay);
    expect(decision.eligible).toBe(false);
    expect(decision.summary.fr).toBe('Ce vote est ouvert à partir de 16 ans.');
    expect(decision.nextStep).toBeNull();
  });

  it('admits a voter who turns exactly the age on the day of the vote', () => {
    const decision = decideEligibility(sixteen, bornOn('2010-03-15'), territory, budgets, voteDay);
    expect(decision.eligible).toBe(true);
  });

  it('counts a birthday on 29 February as reached on 1 March in a common year', () => {
    expect(dayReachingAge('2008-02-29', 16)).toBe('2024-02-29');
    expect(dayReachingAge('2012-02-29', 15)).toBe('2027-03-01');
    const born = facts({ age: ageFactFrom('census', '2010-02-28', 16, '2026-01-01') });
    expect(decideEligibility(sixteen, born, territory, budgets, '2026-02-28').eligible).toBe(true);
    const leap = facts({ age: { source: 'census', minimumAge: 15, reachedOn: dayReachingAge('2012-02-29', 15) } });
    const fifteen = { ...sixteen, minimumAge: 15 };
    expect(decideEligibility(fifteen, leap, territory, budgets, '2027-02-28').eligible).toBe(false);
    expect(decideEligibility(fifteen, leap, territory, budgets, '2027-03-01').eligible).toBe(true);
  });

  it('ignores a declared birth date when the process asks for more than an e-mail check', () => {
    const rules: EligibilityRules = { minimumAge: 16, residence: 'territory', verifications: ['census', 'in_person'] };
    const decision = decideEligibility(rules, { ...bornOn('2000-01-01', 'declared'), census: { quartierId: 'nord' } }, territory, budgets, voteDay);
    expect(decision.eligible).toBe(false);
    expect(decision.nextStep?.en).toBe('To prove your age, find yourself on the residents’ list (name, first name, date of birth) or come to the town-hall counter with an ID.');
  });

  it('does not use a fact recorded for another minimum age', () => {
    const decision = decideEligibility({ ...sixteen, minimumAge: 18 }, bornOn('2000-01-01'), territory, budgets, voteDay);
    expect(decision.eligible).toBe(false);
  });

  it('keeps only the day of recording for someone already old enough', () => {
    expect(ageFactFrom('declared', '1980-06-01', 16, '2026-01-01').reachedOn).toBe('2026-01-01');
  });

  it('takes the date of the vote in Paris, not in UTC', () => {
    expect(parisToday(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
  });
});
