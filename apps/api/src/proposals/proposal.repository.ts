import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ProcessKind, ProcessPhase, ProposalKind, ProposalStatus } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { proposalErrors } from './proposal.errors';

/** The few facts about a process the proposals module needs (the processes module owns the table). */
export interface ProcessRef {
  id: string;
  territoryId: string;
  kind: ProcessKind;
  phase: ProcessPhase;
}

/** A proposal row locked for a write, with its process. */
export interface LockedProposal {
  id: string;
  processId: string;
  authorId: string | null;
  territoryId: string;
  kind: ProposalKind;
  shopType: string | null;
  title: string;
  status: ProposalStatus;
  hidden: boolean;
  lat: number | null;
  lng: number | null;
  process: ProcessRef;
}

interface LockedRow {
  id: string;
  process_id: string;
  author_id: string | null;
  territory_id: string;
  kind: ProposalKind;
  shop_type: string | null;
  title: string;
  status: ProposalStatus;
  hidden: boolean;
  lat: number | null;
  lng: number | null;
  process_territory_id: string;
  process_kind: ProcessKind;
  phase: ProcessPhase;
}

/**
 * Reads and locks the rows every write starts from. The process row is read FOR SHARE so that a phase
 * change (an UPDATE of the process) waits for writes in flight and no write slips in after it.
 */
@Injectable()
export class ProposalRepository {
  async process(processId: string, manager: EntityManager): Promise<ProcessRef> {
    if (!isUuid(processId)) throw proposalErrors.processNotFound();
    const [row]: Array<{ id: string; territory_id: string; kind: ProcessKind; phase: ProcessPhase }> =
      await manager.query(`SELECT id, territory_id, kind, phase FROM processes WHERE id = $1 FOR SHARE`, [
        processId,
      ]);
    if (!row) throw proposalErrors.processNotFound();
    return { id: row.id, territoryId: row.territory_id, kind: row.kind, phase: row.phase };
  }

  /** Locks the proposal for update; 404 when unknown, and for a draft of someone else. */
  lock(proposalId: string, manager: EntityManager, viewerId: string | null): Promise<LockedProposal> {
    return this.find(proposalId, manager, viewerId, 'FOR UPDATE OF p FOR SHARE OF pr');
  }

  /**
   * Reads the proposal without locking it (only its process, FOR SHARE): many residents can support
   * one proposal at once, while a phase change still waits for them.
   */
  read(proposalId: string, manager: EntityManager, viewerId: string | null): Promise<LockedProposal> {
    return this.find(proposalId, manager, viewerId, 'FOR SHARE OF pr');
  }

  private async find(
    proposalId: string,
    manager: EntityManager,
    viewerId: string | null,
    locking: string,
  ): Promise<LockedProposal> {
    if (!isUuid(proposalId)) throw proposalErrors.proposalNotFound();
    const [row]: LockedRow[] = await manager.query(
      `SELECT p.id, p.process_id, p.author_id, p.territory_id, p.kind, p.shop_type, p.title, p.status,
              p.hidden_at IS NOT NULL AS hidden, p.lat, p.lng,
              pr.territory_id AS process_territory_id, pr.kind AS process_kind, pr.phase
       FROM proposals p JOIN processes pr ON pr.id = p.process_id
       WHERE p.id = $1
       ${locking}`,
      [proposalId],
    );
    if (!row) throw proposalErrors.proposalNotFound();
    // A draft is private: to anyone but its author it does not exist.
    if (row.status === 'draft' && row.author_id !== viewerId) throw proposalErrors.proposalNotFound();
    return {
      id: row.id,
      processId: row.process_id,
      authorId: row.author_id,
      territoryId: row.territory_id,
      kind: row.kind,
      shopType: row.shop_type,
      title: row.title,
      status: row.status,
      hidden: row.hidden,
      lat: row.lat,
      lng: row.lng,
      process: {
        id: row.process_id,
        territoryId: row.process_territory_id,
        kind: row.process_kind,
        phase: row.phase,
      },
    };
  }

  /** The author's address for decision mails; null once the account is erased or unverified. */
  async authorEmail(authorId: string | null, manager: EntityManager): Promise<string | null> {
    if (!authorId) return null;
    const [row]: Array<{ email: string | null }> = await manager.query(
      `SELECT email FROM accounts WHERE id = $1 AND deleted_at IS NULL AND email_verified_at IS NOT NULL`,
      [authorId],
    );
    return row?.email ?? null;
  }
}
