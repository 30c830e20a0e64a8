/**
 * What the API passes along with each page it renders on the server (Angular's REQUEST_CONTEXT).
 * Nothing about the visitor: public pages render as for an anonymous visitor.
 */
export interface PageRenderContext {
  /**
   * The nonce of this response's Content-Security-Policy (`script-src 'nonce-…'`), set on the inline
   * scripts server rendering adds (the event-replay bootstrap); null when no policy asks for one.
   */
  cspNonce: string | null;
  /** The territory's time zone (the API's AGORA_TIME_ZONE), in which the page writes its dates. */
  timeZone: string;
  /** The language the visitor chose on their device (cookie agora_locale), or null: French. */
  locale: 'fr' | 'en' | null;
}
