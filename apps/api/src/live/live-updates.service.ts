import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { filter, map, Observable, Subject } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';

/** One event on a topic, e.g. topic `budget:<id>:participation`, data `{ ballots: 1204 }`. */
export interface LiveEvent {
  topic: string;
  data: unknown;
}

const CHANNEL = 'agora_live';
/** PostgreSQL caps a NOTIFY payload at 8000 bytes; events carry counts and ids, never content. */
const MAX_PAYLOAD = 7900;

/**
 * Live updates across any number of API processes: a process publishes with pg_notify (inside the
 * caller's transaction when given one, so nothing is announced that was rolled back), every process
 * LISTENs on one dedicated connection and fans the events out to its own server-sent-event clients.
 */
@Injectable()
export class LiveUpdatesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveUpdates');
  private readonly events = new Subject<LiveEvent>();
  private listener: Client | null = null;
  private closing = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.events.complete();
    await this.listener?.end().catch(() => undefined);
  }

  /** Announces an event to every API process; with `manager`, only if that transaction commits. */
  async publish(topic: string, data: unknown, manager?: EntityManager): Promise<void> {
    const payload = JSON.stringify({ topic, data } satisfies LiveEvent);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error(`Live event too large for topic ${topic}`);
    await (manager ?? this.dataSource.manager).query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }

  /** The events of one topic (or of every topic starting with `prefix*`). */
  stream(topic: string): Observable<LiveEvent> {
    const prefix = topic.endsWith('*') ? topic.slice(0, -1) : null;
    return this.events.pipe(filter((event) => (prefix !== null ? event.topic.startsWith(prefix) : event.topic === topic)));
  }

  /** Server-sent events for Nest's `@Sse()`: `{ data }` objects. */
  sse(topic: string): Observable<{ data: unknown; type: string }> {
    return this.stream(topic).pipe(map((event) => ({ type: 'update', data: event.data })));
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url, application_name: 'agora-live' });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        this.events.next(JSON.parse(message.payload) as LiveEvent);
      } catch {
        this.logger.warn('Ignored a malformed live event');
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`Live listener lost its connection: ${error.message}`);
      this.scheduleReconnect();
    });
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  /** PostgreSQL restarts must not end live updates: reconnect with a short back-off. */
  private scheduleReconnect(): void {
    if (this.closing || this.reconnectTimer) return;
    this.listener = null;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().catch((error: Error) => {
        this.logger.warn(`Live listener reconnect failed: ${error.message}`);
        this.scheduleReconnect();
      });
    }, 1000);
  }
}
