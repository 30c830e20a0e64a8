import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { AuditEntry, AuditQuery, Page } from '@agora/contracts';

import { RequireRole } from '../access/access.decorator';
import { AUDIT_DEFAULT_PAGE_SIZE, AuditService } from './audit.service';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit log of a territory and its descendants, for its admins (and those of its ancestors). */
  @Get()
  @RequireRole(['admin'], { from: 'query', key: 'territoryId' })
  list(@Query() query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.list(query.territoryId, query.page ?? 1, query.pageSize ?? AUDIT_DEFAULT_PAGE_SIZE);
  }
}
