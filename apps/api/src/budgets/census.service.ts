import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { CensusMatchRequest, CensusUploadResult, EligibilityCheck } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../errors/domain.error';
import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { identityHash, parseCensusCsv } from './census.rule';
import { EligibilityService } from './eligibility.service';

/** Guessing names and birth dates is what a census match invites: a few tries per hour per account. */
export const CENSUS_MATCH_LIMIT = { name: 'census-match:account', limit: 5, windowSeconds: 3600 };

/** The census list (liste des habitants): staff upload it as salted hashes, residents find themselves in it once. */
@Injectable()
export class CensusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly eligibility: EligibilityService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Adds the lines of a CSV; a person already on the list is counted as a duplicate, not added twice. */
  async upload(actorId: string, processId: string, csv: string): Promise<CensusUploadResult> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.processes.find(processId, manager);
      await this.processes.requireRole(actorId, PROCESS_TEAM, process, manager);
      const { salt } = await this.eligibility.rulesOf(process.id, manager);
      const parsed = parseCensusCsv(csv);
      const quartiers: Array<{ id: string; slug: string }> = await manager.query(`SELECT id, slug FROM territories WHERE parent_id = $1`, [process.territoryId]);
      const bySlug = new Map(quartiers.map((q) => [q.slug, q.id]));
      const rejected = [...parsed.rejected];
      const hashes: Buffer[] = [];
      const quartierIds: Array<string | null> = [];
      for (const line of parsed.lines) {
        const quartierId = line.quartier ? bySlug.get(line.quartier.toLowerCase()) : null;
        if (quartierId === undefined) {
          rejected.push({ line: line.line, reason: { fr: `Quartier inconnu : ${line.quartier}.`, en: `Unknown quartier: ${line.quartier}.` } });
          continue;
        }
        hashes.push(identityHash(salt, line.fields)!);
        quartierIds.push(quartierId);
      }
      const inserted: Array<{ id: string }> = hashes.length
        ? await manager.query(
            `INSERT INTO census_entries (process_id, identity_hash, quartier_id)
             SELECT $1, h, q FROM unnest($2::bytea[], $3::uuid[]) AS u(h, q)
             ON CONFLICT (process_id, identity_hash) DO NOTHING RETURNING id`,
            [process.id, hashes, quartierIds],
          )
        : [];
      const result = { imported: inserted.length, duplicates: hashes.length - inserted.length, rejected };
      await this.audit.record(
        { actorId, action: 'census.upload', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { imported: result.imported, duplicates: result.duplicates, rejected: rejected.length } },
        manager,
      );
      return result;
    });
  }

  /** The resident finds their own entry; it is then theirs, and nobody else can match it. */
  async match(accountId: string, processId: string, body: CensusMatchRequest): Promise<EligibilityCheck> {
    const process = await this.processes.find(processId);
    await this.rateLimits.consume(CENSUS_MATCH_LIMIT, accountId);
    await this.dataSource.transaction(async (manager) => {
      const { salt } = await this.eligibility.rulesOf(process.id, manager);
      const hash = identityHash(salt, body);
      const [entry]: Array<{ id: string; matched_by: string | null }> = hash
        ? await manager.query(`SELECT id, matched_by FROM census_entries WHERE process_id = $1 AND identity_hash = $2 FOR UPDATE`, [process.id, hash])
        : [];
      if (!entry)
        throw notFound(
          'CENSUS_NO_MATCH',
          'Nous ne vous trouvons pas dans la liste des habitants. Vérifiez l’orthographe et la date, ou adressez-vous à la mairie.',
          'We cannot find you on the residents’ list. Check the spelling and the date, or ask the town hall.',
        );
      if (entry.matched_by === accountId) return;
      if (entry.matched_by)
        throw conflict(
          'CENSUS_ALREADY_MATCHED',
          'Cette inscription est déjà utilisée par un autre compte. Si ce n’est pas vous, signalez-le à la mairie.',
          'This entry is already used by another account. If that was not you, tell the town hall.',
        );
      const [mine]: Array<{ id: string }> = await manager.query(`SELECT id FROM census_entries WHERE process_id = $1 AND matched_by = $2`, [process.id, accountId]);
      if (mine)
        throw conflict('CENSUS_ACCOUNT_MATCHED', 'Votre compte correspond déjà à une autre inscription.', 'Your account already matches another entry.');
      await manager.query(`UPDATE census_entries SET matched_by = $2, matched_on = current_date WHERE id = $1`, [entry.id, accountId]);
    });
    await this.rateLimits.refund(CENSUS_MATCH_LIMIT, accountId);
    return this.eligibility.check(process, accountId);
  }
}
