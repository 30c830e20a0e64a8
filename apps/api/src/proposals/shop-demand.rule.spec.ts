import { shopDemandCsv } from './shop-demand.rule';

describe('shopDemandCsv', () => {
  it('writes one line per shop type and territory under a French header', () => {
    const csv = shopDemandCsv([
      { shopType: 'bakery', territoryId: 't1', territoryName: 'Centre', wishes: 3, supports: 12 },
    ]);
    expect(csv).toBe('type_commerce,territoire_id,territoire,souhaits,soutiens\r\nbakery,t1,Centre,3,12\r\n');
  });

  it('quotes a name holding a comma or a quote', () => {
    const csv = shopDemandCsv([
      { shopType: 'cafe', territoryId: 't2', territoryName: 'Gare, "Nord"', wishes: 1, supports: 0 },
    ]);
    expect(csv.split('\r\n')[1]).toBe('cafe,t2,"Gare, ""Nord""",1,0');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const csv = shopDemandCsv([
      { shopType: 'cafe', territoryId: 't3', territoryName: '=HYPERLINK("x")', wishes: 1, supports: 0 },
    ]);
    expect(csv.split('\r\n')[1]).toBe(`cafe,t3,"'=HYPERLINK(""x"")",1,0`);
  });
});
