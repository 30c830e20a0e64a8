import { Global, Module } from '@nestjs/common';

import { JobRunner } from './job-runner.service';

/** Periodic jobs, one runner at a time across API processes (advisory locks). Modules call `register`. */
@Global()
@Module({ providers: [JobRunner], exports: [JobRunner] })
export class SchedulerModule {}
