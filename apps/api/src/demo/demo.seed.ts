import type { INestApplication } from '@nestjs/common';

import { DemoAccount } from './demo-seed.step';
import { DemoSeeder } from './demo.seeder';

export type { DemoAccount } from './demo-seed.step';

/** Seeds the demo métropole, its communes and quartiers, and one account per role; idempotent. */
export async function seedDemoData(app: INestApplication): Promise<DemoAccount[]> {
  return app.get(DemoSeeder).run();
}
