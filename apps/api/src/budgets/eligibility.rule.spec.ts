import { BudgetScope, decideEligibility, EligibilityRules, VoterFacts } from './eligibility.rule';

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
