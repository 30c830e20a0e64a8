import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessGuard } from './access.guard';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { RoleAssignmentService } from './role-assignment.service';
import { RoleService } from './role.service';
import { RolesController } from './roles.controller';

/**
 * Authorisation: the global guard that every route goes through, the role checks (inherited down the
 * territory tree) that services use for finer decisions, and the admin routes that grant roles.
 * Global so that any domain can inject RoleService.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RoleAssignmentEntity])],
  controllers: [RolesController],
  providers: [RoleService, RoleAssignmentService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [RoleService],
})
export class AccessModule {}
