import { TextCollector, textAnswerId } from './text.collector';

function collector(): TextCollector {
  const texts = new TextCollector();
  texts.add('b:q', 'deux', '2025-05-01T10:00:00Z');
  texts.add('a:q', 'un', '2025-05-01T10:00:00Z');
  texts.add('c:q', 'trois', '2025-05-02T10:00:00Z');
  return texts;
}

describe('TextCollector', () => {
  it('puts the newest text first and breaks ties by id', () => {
    expect(
      collector()
        .page(new Set(), { offset: 0, limit: 10 })
        .items.map((t) => t.id),
    ).toEqual(['c:q', 'a:q', 'b:q']);
  });

  it('reads a negative offset as 0', () => {
    expect(collector().page(new Set(), { offset: -5, limit: 1 })).toMatchObject({
      offset: 0,
      items: [{ id: 'c:q' }],
    });
  });

  it('returns an empty page past the end', () => {
    expect(collector().page(new Set(), { offset: 10, limit: 5 })).toMatchObject({ total: 3, items: [] });
  });
});

describe('textAnswerId', () => {
  it('joins the response id and the question id', () => {
    expect(textAnswerId('r1', 'why')).toBe('r1:why');
  });
});
