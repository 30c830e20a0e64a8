import { StringDecoder } from 'node:string_decoder';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { CensusMatchRequest, CensusUploadResult, EligibilityCheck } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { badRequest, conflict, DomainError, notFound } from '../errors/domain.error';
import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { CensusCsvReader, identityHash, isRejection, normaliseBirthDate, parseCensusCsv } from './census.rule';
import { ageFactFrom, parisToday } from './eligibility.rule';
import { EligibilityService } from './eligibility.service';

/** Guessing names and birth dates is what a census match invites: a few tries per hour per account. */
export const CENSUS_MATCH_LIMIT = { name: 'census-match:account', limit: 5, windowSeconds: 3600 };

/** A census file sent as text/csv: far beyond the JSON body limit (some 500 000 lines). */
export const CENSUS_FILE_MAX_BYTES = 32 * 1024 * 1024;
/** Rows inserted per statement, so that a big file never builds one huge query. */
const INSERT_CHUNK = 5000;
/** Line errors listed in a refusal; the message gives the total. */
const LISTED_ERRORS = 50;

type Rejected = CensusUploadResult['rejected'];

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
      const quartierOf = await this.quartierLookup(manager, process.territoryId);
      const rejected = [...parsed.rejected];
      const hashes: Buffer[] = [];
      const quartierIds: Array<string | null> = [];
      for (const line of parsed.lines) {
        const quartierId = quartierOf(line.quartier);
        if (quartierId === undefined) {
          rejected.push(unknownQuartier(line.line, line.quartier!));
          continue;
        }
        hashes.push(identityHash(salt, line.fields)!);
        quartierIds.push(quartierId);
      }
      const imported = await insertEntries(manager, process.id, hashes, quartierIds);
      const result = { imported, duplicates: hashes.length - imported, rejected };
      await this.audit.record(
        { actorId, action: 'census.upload', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { imported: result.imported, duplicates: result.duplicates, rejected: rejected.length } },
        manager,
      );
      return result;
    });
  }

  /**
   * The same list sent as a text/csv file, read line by line as it arrives, and all or nothing: one
   * bad line (with its number) and nothing is imported, so staff fix the file and send it again.
   */
  async uploadFile(actorId: string, processId: string, body: AsyncIterable<Buffer | string>, declaredBytes: number | null): Promise<CensusUploadResult> {
    if (declaredBytes !== null && declaredBytes > CENSUS_FILE_MAX_BYTES) throw censusFileTooLarge();
    const process = await this.processes.find(processId);
    await this.processes.requireRole(actorId, PROCESS_TEAM, process);
    const { salt } = await this.eligibility.rulesOf(process.id, this.dataSource.manager);
    const quartierOf = await this.quartierLookup(this.dataSource.manager, process.territoryId);
    const reader = new CensusCsvReader();
    const rejected: Rejected = [];
    const hashes: Buffer[] = [];
    const quartierIds: Array<string | null> = [];
    const lines = await readLines(body, CENSUS_FILE_MAX_BYTES, (row, number) => {
      const read = reader.read(row, number);
      if (!read) return;
      if (isRejection(read)) return void rejected.push(read);
      const quartierId = quartierOf(read.quartier);
      if (quartierId === undefined) return void rejected.push(unknownQuartier(read.line, read.quartier!));
      hashes.push(identityHash(salt, read.fields)!);
      quartierIds.push(quartierId);
    });
    if (lines === 'too-large') throw censusFileTooLarge();
    if (lines === 0) throw badRequest('CENSUS_FILE_EMPTY', 'Le fichier est vide.', 'The file is empty.');
    if (rejected.length) throw censusFileRefused(rejected);
    return this.dataSource.transaction(async (manager) => {
      const imported = await insertEntries(manager, process.id, hashes, quartierIds);
      const result = { imported, duplicates: hashes.length - imported, rejected: [] };
      await this.audit.record(
        { actorId, action: 'census.upload', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { imported, duplicates: result.duplicates, rejected: 0, file: true } },
        manager,
      );
      return result;
    });
  }

  /** Quartier slugs of the file → ids: null for no quartier, undefined for a slug that is not one. */
  private async quartierLookup(manager: EntityManager, territoryId: string): Promise<(slug: string | null) => string | null | undefined> {
    const quartiers: Array<{ id: string; slug: string }> = await manager.query(`SELECT id, slug FROM territories WHERE parent_id = $1`, [territoryId]);
    const bySlug = new Map(quartiers.map((q) => [q.slug, q.id]));
    return (slug) => (slug ? bySlug.get(slug.toLowerCase()) : null);
  }

  /** The resident finds their own entry; it is then theirs, and nobody else can match it. */
  async match(accountId: string, processId: string, body: CensusMatchRequest): Promise<EligibilityCheck> {
    const process = await this.processes.find(processId);
    await this.rateLimits.consume(CENSUS_MATCH_LIMIT, accountId);
    await this.dataSource.transaction(async (manager) => {
      const { salt, minimumAge } = await this.eligibility.rulesOf(process.id, manager);
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
      // The entry matched proves the birth date typed: keep only what it says of the minimum age
      // (old enough from day X), not the date itself. Matching again refreshes it if the age changed.
      const recordAge = async () => {
        const birthDate = normaliseBirthDate(body.birthDate);
        if (minimumAge && birthDate) await this.eligibility.recordAge(manager, process.id, accountId, ageFactFrom('census', birthDate, minimumAge, parisToday()));
      };
      if (entry.matched_by === accountId) return recordAge();
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
      await recordAge();
    });
    await this.rateLimits.refund(CENSUS_MATCH_LIMIT, accountId);
    return this.eligibility.check(process, accountId);
  }
}

/** Adds the hashed people, a chunk per statement; someone already on the list is skipped. Returns how many were added. */
async function insertEntries(manager: EntityManager, processId: string, hashes: Buffer[], quartierIds: Array<string | null>): Promise<number> {
  let imported = 0;
  for (let start = 0; start < hashes.length; start += INSERT_CHUNK) {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO census_entries (process_id, identity_hash, quartier_id)
       SELECT $1, h, q FROM unnest($2::bytea[], $3::uuid[]) AS u(h, q)
       ON CONFLICT (process_id, identity_hash) DO NOTHING RETURNING id`,
      [processId, hashes.slice(start, start + INSERT_CHUNK), quartierIds.slice(start, start + INSERT_CHUNK)],
    );
    imported += inserted.length;
  }
  return imported;
}

function unknownQuartier(line: number, slug: string): Rejected[number] {
  return { line, reason: { fr: `Quartier inconnu : ${slug}.`, en: `Unknown quartier: ${slug}.` } };
}

function censusFileTooLarge(): DomainError {
  const mb = CENSUS_FILE_MAX_BYTES / 1024 / 1024;
  return new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'CENSUS_FILE_TOO_LARGE', {
    fr: `Le fichier dépasse ${mb} Mo. Découpez-le en plusieurs fichiers.`,
    en: `The file is larger than ${mb} MB. Split it into several files.`,
  });
}

function censusFileRefused(rejected: Rejected): DomainError {
  const listed = rejected.slice(0, LISTED_ERRORS);
  const numbers = listed.map((r) => r.line).join(', ');
  const more = rejected.length > listed.length;
  return badRequest(
    'CENSUS_FILE_INVALID',
    `${rejected.length} ligne(s) refusée(s) (ligne${listed.length > 1 ? 's' : ''} ${numbers}${more ? '…' : ''}) : rien n’a été importé. Corrigez le fichier et envoyez-le à nouveau.`,
    `${rejected.length} line(s) refused (line${listed.length > 1 ? 's' : ''} ${numbers}${more ? '…' : ''}): nothing was imported. Fix the file and send it again.`,
    listed.map((r) => ({ field: `line.${r.line}`, code: 'censusLine', message: { fr: `Ligne ${r.line} : ${r.reason.fr}`, en: `Line ${r.line}: ${r.reason.en}` } })),
  );
}

/**
 * Feeds `onLine` each line of a streamed body as it arrives (UTF-8, CRLF or LF). Past `maxBytes` it
 * stops reading lines but drains the rest, so the refusal can still be answered on the connection.
 */
async function readLines(body: AsyncIterable<Buffer | string>, maxBytes: number, onLine: (row: string, line: number) => void): Promise<number | 'too-large'> {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let pending = '';
  let line = 0;
  let tooLarge = false;
  const emit = (text: string) => {
    const rows = text.split('\n');
    pending = rows.pop() ?? '';
    for (const row of rows) onLine(row.replace(/\r$/, ''), ++line);
  };
  for await (const chunk of body) {
    if (tooLarge) continue;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > maxBytes) {
      tooLarge = true;
      continue;
    }
    emit(pending + decoder.write(buffer));
  }
  if (tooLarge) return 'too-large';
  const rest = pending + decoder.end();
  if (rest.length) onLine(rest.replace(/\r$/, ''), ++line);
  return line;
}
