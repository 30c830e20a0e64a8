import { moveBy, moveItem, movedAnnouncement, rankingToCast } from './ranking.rule';

describe('moveItem', () => {
  it('moves an item down the list', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('moves an item up the list', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('clamps a target beyond the end to the last place', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 10)).toEqual(['b', 'c', 'a']);
  });

  it('leaves the list unchanged for an unknown position', () => {
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('never changes the list it was given', () => {
    const list = ['a', 'b', 'c'];
    moveItem(list, 0, 2);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('moveBy', () => {
  it('moves a work one place up', () => {
    expect(moveBy(['a', 'b', 'c'], 'c', -1)).toEqual({ list: ['a', 'c', 'b'], moved: true });
  });

  it('moves a work one place down', () => {
    expect(moveBy(['a', 'b', 'c'], 'a', 1)).toEqual({ list: ['b', 'a', 'c'], moved: true });
  });

  it('says nothing moved when the first work is moved up', () => {
    expect(moveBy(['a', 'b'], 'a', -1)).toEqual({ list: ['a', 'b'], moved: false });
  });

  it('says nothing moved when the last work is moved down', () => {
    expect(moveBy(['a', 'b'], 'b', 1)).toEqual({ list: ['a', 'b'], moved: false });
  });
});

describe('rankingToCast', () => {
  it('keeps the order when every work appears once', () => {
    expect(rankingToCast(['b', 'a', 'c'], ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
  });

  it('refuses an order that misses a work', () => {
    expect(rankingToCast(['b', 'a'], ['a', 'b', 'c'])).toBeNull();
  });

  it('refuses an order with a work twice', () => {
    expect(rankingToCast(['a', 'a', 'b'], ['a', 'b', 'c'])).toBeNull();
  });

  it('refuses an order with a work of another quartier', () => {
    expect(rankingToCast(['a', 'b', 'z'], ['a', 'b', 'c'])).toBeNull();
  });
});

describe('movedAnnouncement', () => {
  it('gives the new position out of the number of works', () => {
    expect(movedAnnouncement(['a', 'b', 'c'], 'b', 'Trottoirs')).toEqual({
      key: 'works.ballot.moved',
      params: { title: 'Trottoirs', position: 2, count: 3 },
    });
  });
});
