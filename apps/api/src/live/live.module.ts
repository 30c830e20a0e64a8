import { Global, Module } from '@nestjs/common';

import { LiveUpdatesService } from './live-updates.service';

/** Live updates (LISTEN/NOTIFY → server-sent events); domain controllers expose their own `@Sse()` routes. */
@Global()
@Module({ providers: [LiveUpdatesService], exports: [LiveUpdatesService] })
export class LiveModule {}
