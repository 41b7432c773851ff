import type { CardSource } from '../../domain/deck/types';
import { isWebLink } from '../../domain/trust-links';

/** Where a card's claim comes from: a verbatim quote from the article, or dated background. */
export function SourceNote({ source }: { source: CardSource }) {
  if (source.type === 'article') {
    return (
      <figure class="source">
        <blockquote>“{source.quote}”</blockquote>
        <figcaption>From the article (July 2025)</figcaption>
      </figure>
    );
  }
  if (source.type === 'imported') {
    return <p class="source">Your card, imported from {source.file} on {source.date}.</p>;
  }
  // Every way in checks the address already; a live link is still only ever made to a web address.
  return (
    <div class="source background">
      <p><span class="badge">Background</span> not from the article; as of {source.date}.</p>
      <p class="citation">
        {isWebLink(source.url) ? <a href={source.url} rel="noopener noreferrer" target="_blank">{source.citation}</a> : source.citation}
      </p>
    </div>
  );
}
