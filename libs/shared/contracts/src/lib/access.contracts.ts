import { IsEmail, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';

/** Roles are granted per territory and inherited by the territory's descendants. */
export const ROLE_NAMES = ['citizen', 'staff', 'official', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export class GrantRoleRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsIn(ROLE_NAMES)
  role!: RoleName;

  @IsUUID()
  territoryId!: string;
}

export interface RoleAssignment {
  id: string;
  accountId: string;
  /** Display name and e-mail of the holder, shown to the admins of the territory only. */
  displayName: string;
  email: string;
  role: RoleName;
  territoryId: string;
  territoryName: string;
  grantedAt: string;
}

export class AuditQuery {
  @IsUUID()
  territoryId!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** e.g. `territory.update`, `role.grant`. */
  action: string;
  objectType: string;
  objectId: string | null;
  territoryId: string | null;
  before: unknown;
  after: unknown;
}
