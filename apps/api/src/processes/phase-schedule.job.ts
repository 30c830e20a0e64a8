import { Injectable, OnModuleInit } from '@nestjs/common';

import { JobRunner } from '../scheduler/job-runner.service';
import { ProcessesService } from './processes.service';

/** Opens each phase when its date comes (every API process registers it; one runs it at a time). */
@Injectable()
export class PhaseScheduleJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly processes: ProcessesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'processes:advance-phases',
      run: async (manager, now) => {
        await this.processes.advanceByDate(manager, now);
      },
    });
  }
}
