import { homeFr } from './fr.dictionary';

export const homeEn: Record<keyof typeof homeFr, string> = {
  'home.title': 'Take part in the life of your area',
  'home.lead': 'Suggest ideas, vote for projects and follow what your elected officials decide.',
  'home.leadWithTerritory':
    'Suggest ideas, vote for projects and follow what is decided near you: {territory}.',
  'home.open.title': 'What is open',
  'home.open.empty': 'Nothing is open for now',
  'home.open.emptyText':
    'Participatory budgets, consultations, idea boxes: they will appear here as soon as they open.',
  'home.quartier.title': 'Your neighbourhood',
  'home.quartier.current': 'Your neighbourhood: {name}.',
  'home.quartier.change': 'Change neighbourhood',
  'home.quartier.none': 'Choose your neighbourhood to see first what concerns you.',
  'home.quartier.choose': 'Choose my neighbourhood',
  'home.quartier.signedOut': 'Create an account or sign in to take part and choose your neighbourhood.',
  'home.quartier.signUp': 'Create an account',
  'home.quartier.signIn': 'Sign in',
  'home.territory.title': 'The area',
  'home.territory.counts': 'Municipalities: {communes}. Neighbourhoods: {quartiers}.',
  'home.territory.insee': 'INSEE code {code}',
  'home.territory.yours': 'your neighbourhood',
  'home.territory.empty': 'No area is configured yet.',
};
