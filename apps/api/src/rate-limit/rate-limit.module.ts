import { Global, Module } from '@nestjs/common';

import { RateLimitService } from './rate-limit.service';

/** Rate limits shared through PostgreSQL; any module injects `RateLimitService` with its own rules. */
@Global()
@Module({ providers: [RateLimitService], exports: [RateLimitService] })
export class RateLimitModule {}
