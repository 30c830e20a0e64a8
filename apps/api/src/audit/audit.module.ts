import { Global, Module } from '@nestjs/common';

import { AuditController } from './audit.controller';
import { AuditPersonalData } from './audit.personal-data';
import { AuditService } from './audit.service';

/** Global: every domain module records its staff, official and admin writes through AuditService. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditPersonalData],
  exports: [AuditService],
})
export class AuditModule {}
