import sanitizeHtml from 'sanitize-html';

/**
 * The rich text a town hall may publish: paragraphs, headings, lists, emphasis, links and quotes.
 * An allow-list (never a block-list): scripts, styles, iframes, event handlers and `javascript:`
 * links are dropped, and external links open without giving the platform's page to the target.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 'a', 'blockquote', 'abbr'],
  // `rel` is set by the transform below, whatever the author wrote.
  allowedAttributes: { a: ['href', 'title', 'hreflang', 'rel'], abbr: ['title'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
    // h1 is the page's own title: a description's headings start at h2.
    h1: 'h2',
  },
};

/** Rich text made safe to render as is. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
