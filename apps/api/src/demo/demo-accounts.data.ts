import type { RoleName } from '@agora/contracts';

export interface DemoPerson {
  role: RoleName;
  displayName: string;
  email: string;
  /** At least 12 characters, not among the common passwords, and not containing the e-mail's local part. */
  password: string;
  /** Where the role is held (slug). */
  territorySlug: string;
  homeQuartierSlug: string | null;
}

/** One verified account per role. `.test` is reserved (RFC 2606): these addresses can never reach anyone. */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    role: 'citizen',
    displayName: 'Camille Martin',
    email: 'camille.martin@demo.agora.test',
    password: 'Demo-Citoyen-2026!',
    territorySlug: 'metropole-de-demo',
    homeQuartierSlug: 'beaulieu-les-tilleuls',
  },
  {
    role: 'staff',
    displayName: 'Sacha Bernard',
    email: 'sacha.bernard@demo.agora.test',
    password: 'Demo-Agent-Mairie-2026!',
    territorySlug: 'beaulieu-sur-lierre',
    homeQuartierSlug: null,
  },
  {
    role: 'official',
    displayName: 'Dominique Petit',
    email: 'dominique.petit@demo.agora.test',
    password: 'Demo-Elu-Metropole-2026!',
    territorySlug: 'metropole-de-demo',
    homeQuartierSlug: null,
  },
  {
    role: 'admin',
    displayName: 'Claude Durand',
    email: 'claude.durand@demo.agora.test',
    password: 'Demo-Admin-Metropole-2026!',
    territorySlug: 'metropole-de-demo',
    homeQuartierSlug: null,
  },
];
