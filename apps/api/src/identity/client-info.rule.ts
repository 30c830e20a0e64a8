import type { AgoraRequest } from '../access/principal';
import type { ClientInfo } from './credentials.service';

/** The client's IP as Express sees it through the trusted proxies (TRUST_PROXY), and its browser. */
export function clientInfoOf(req: AgoraRequest): ClientInfo {
  const userAgent = req.headers['user-agent'];
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent,
    sessionId: req.principal?.sessionId,
  };
}
