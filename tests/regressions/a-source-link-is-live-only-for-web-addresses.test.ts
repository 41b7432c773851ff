// Regression: an imported card whose source link was `javascript:…` came in through a correctly
// signed backup and was rendered as a live link. Backups, share links and the shipped decks now
// refuse any address but an http(s) one, and the source note never makes anything else a link.
import type { VNode } from 'preact';
import { expect, it } from 'vitest';
import type { CardSource } from '../../src/domain/deck/types';
import { SourceNote } from '../../src/ui/components/SourceNote';

/** The links the note would render: every `<a>` in its element tree, with its address. */
function linksOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(linksOf);
  if (typeof node !== 'object' || node === null || !('props' in node)) return [];
  const { type, props } = node as VNode<{ href?: string; children?: unknown }>;
  return [...(type === 'a' ? [String(props.href)] : []), ...linksOf(props.children)];
}
/** The note's text. */
function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (typeof node !== 'object' || node === null || !('props' in node)) return '';
  return textOf((node as VNode<{ children?: unknown }>).props.children);
}
const note = (url: string) => SourceNote({ source: { type: 'background', date: '2025-08-08', citation: 'A report', url } as CardSource });

it('makes a live link of a web address only', () => {
  expect(linksOf(note('https://example.org/report'))).toEqual(['https://example.org/report']);
  for (const url of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    expect(linksOf(note(url)), url).toEqual([]);
    // The citation is still shown, as text.
    expect(textOf(note(url))).toContain('A report');
  }
});
