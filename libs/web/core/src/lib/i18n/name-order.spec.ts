import { compareNames } from './name-order';

describe('French order of names', () => {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const sign = (n: number) => Math.sign(n);

  const names = [
    'Aulnay',
    'aulnay',
    'Ébréchy',
    'Ecully',
    'Écully',
    'Eaubonne',
    'Évry-Courcouronnes',
    'Évry',
    'Èze',
    'Œuilly',
    'Oeuilly',
    'Oye-Plage',
    'Saint-Étienne',
    'Saint Étienne',
    'Saint-Denis',
    'Sainte-Anne',
    'Saint-Émilion',
    'Quartier 2',
    'Quartier 10',
    'Quartier 1',
    'Quartier 02',
    'Îlot nord',
    'Ilot sud',
    'La Gare',
    'La Garenne',
    'Lagarde',
    "L'Isle-Adam",
    'Les Ulis',
    'Lès-Ulis',
    'Beaulieu',
    'Beaulieu-Centre',
    'Beaulieu Centre',
    'Centre',
    'Ça Ira',
    'Caen',
    'Çà et là',
    'Zone 51',
    'Zone 5',
    'zone 500',
    'Port-Louis',
    'Portbail',
    'Port',
    'Écoles',
    'ecoles',
    'Métropole de Démo',
    'Brivelle',
    'Ouest',
    'Est',
    'Nord 3',
    'Nord-3',
    'Nord',
  ];

  it('orders every pair as Intl.Collator does', () => {
    for (const a of names) {
      for (const b of names) {
        expect([a, b, sign(compareNames(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
      }
    }
  });

  it('sorts a list the same way', () => {
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
  });
});
