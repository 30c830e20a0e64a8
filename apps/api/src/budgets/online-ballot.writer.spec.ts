import { MAX_GROUP, takeGroup } from './online-ballot.writer';

const waiting = (...accounts: string[]) => accounts.map((accountId, i) => ({ row: { accountId }, i }));

describe('takeGroup', () => {
  it('takes everyone waiting, in arrival order, when each voter appears once', () => {
    const queue = waiting('a', 'b', 'c');
    expect(takeGroup(queue).map((w) => w.i)).toEqual([0, 1, 2]);
    expect(queue).toEqual([]);
  });

  it('leaves a voter’s second request for the next group', () => {
    const queue = waiting('a', 'b', 'a', 'c', 'a');
    expect(takeGroup(queue).map((w) => w.i)).toEqual([0, 1, 3]);
    expect(queue.map((w) => w.i)).toEqual([2, 4]);
    expect(takeGroup(queue).map((w) => w.i)).toEqual([2]);
    expect(takeGroup(queue).map((w) => w.i)).toEqual([4]);
    expect(queue).toEqual([]);
  });

  it('stops at MAX_GROUP, keeping the rest in order', () => {
    const queue = waiting(...Array.from({ length: MAX_GROUP + 5 }, (_, i) => `v${i}`));
    expect(takeGroup(queue)).toHaveLength(MAX_GROUP);
    expect(queue.map((w) => w.i)).toEqual([MAX_GROUP, MAX_GROUP + 1, MAX_GROUP + 2, MAX_GROUP + 3, MAX_GROUP + 4]);
  });
});
