import { ideasCsv, ideasGeoJson, OpenIdeaRow } from './idea-open-data.rule';

const row = (overrides: Partial<OpenIdeaRow> = {}): OpenIdeaRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'shop',
  shopType: 'bakery',
  title: 'Une boulangerie, place de l’Église',
  description: '<p>Du pain <strong>frais</strong>, enfin.</p>',
  descriptionFormat: 'html',
  category: 'Commerces',
  territoryId: '00000000-0000-4000-8000-000000000002',
  territoryName: 'Les Tilleuls',
  status: 'published',
  answer: 'retained',
  answerReason: 'Un local est libre, rue "Haute".',
  answeredAt: new Date('2026-05-01T10:00:00Z'),
  supportsCount: 4,
  commentsCount: 1,
  lat: 46.85,
  lng: -1.55,
  address: null,
  publishedAt: new Date('2026-04-01T10:00:00Z'),
  converted: null,
  ...overrides,
});

describe('ideas open data', () => {
  it('writes the description as plain text and quotes what needs quoting', () => {
    const [header, line] = ideasCsv([row()], 'https://agora.test').split('\r\n');
    expect(header.split(',')).toContain('motif_reponse');
    expect(line).toContain('Du pain frais, enfin.');
    expect(line).toContain('"Un local est libre, rue ""Haute""."');
    expect(line).toContain(',-1.55,');
    expect(line).toContain('https://agora.test/idees/idee/00000000-0000-4000-8000-000000000001');
  });

  it('neutralises a title that a spreadsheet would run as a formula', () => {
    expect(ideasCsv([row({ title: '=HYPERLINK("x")' })], 'https://agora.test')).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('keeps an idea without a point in the GeoJSON with a null geometry', () => {
    const geo = ideasGeoJson('Boîte', [row(), row({ id: 'b', lat: null, lng: null, address: 'Place du marché' })], 'https://agora.test');
    expect(geo.features.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: [-1.55, 46.85] }, null]);
    expect(geo.features[1].properties.address).toBe('Place du marché');
  });
});
