import { answerRefusal, audienceReason, windowClosedReason } from './answerability.rule';

const now = new Date('2026-06-15T10:00:00Z');
const open = {
  status: 'published' as const,
  opensAt: new Date('2026-06-01T00:00:00Z'),
  closesAt: new Date('2026-07-01T00:00:00Z'),
};
const everyone = { audience: 'everyone' as const, quartierIds: [] };
const person = { emailVerified: true, homeTerritoryChain: ['q1', 'commune'], alreadyAnswered: false };

describe('answerability rule', () => {
  it('accepts a published consultation between its dates', () => {
    expect(windowClosedReason(open, now)).toBeNull();
  });

  it('refuses a draft', () => {
    expect(windowClosedReason({ ...open, status: 'draft' }, now)?.en).toMatch(/not published/);
  });

  it('refuses a consultation past its closing date even if nobody closed it', () => {
    expect(windowClosedReason({ ...open, closesAt: new Date('2026-06-15T09:59:59Z') }, now)?.fr).toMatch(
      /close/,
    );
  });

  it('tells when a consultation opens', () => {
    expect(windowClosedReason({ ...open, opensAt: new Date('2026-06-20T08:00:00Z') }, now)?.fr).toMatch(
      /ouvre le 20 juin 2026/,
    );
  });

  it('refuses residents of other quartiers and accepts those living in a chosen one', () => {
    expect(audienceReason({ audience: 'quartiers', quartierIds: ['q2'] }, person)).not.toBeNull();
    expect(audienceReason({ audience: 'quartiers', quartierIds: ['q1'] }, person)).toBeNull();
  });

  it('refuses an unverified account when verified accounts are asked', () => {
    expect(
      audienceReason({ audience: 'verified', quartierIds: [] }, { ...person, emailVerified: false })?.en,
    ).toMatch(/verified/);
  });

  it('says first that the person already answered', () => {
    expect(
      answerRefusal({ ...open, status: 'closed' }, everyone, { ...person, alreadyAnswered: true }, now)?.en,
    ).toMatch(/already answered/);
  });
});
