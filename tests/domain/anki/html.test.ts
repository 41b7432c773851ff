import { describe, expect, it } from 'vitest';
import { hasMedia, htmlToText, textToHtml } from '../../../src/domain/anki/html';

describe('Anki fields as text', () => {
  it('keeps line breaks: <br>, <div> and <p> end a line', () => {
    expect(htmlToText('Baku<br>on the Caspian')).toBe('Baku\non the Caspian');
    expect(htmlToText('<div>one</div><div>two</div><p>three</p>')).toBe('one\ntwo\nthree');
    expect(htmlToText('a<br><br><br><br>b')).toBe('a\n\nb');
  });

  it('drops every tag, and the content of scripts and styles, so nothing can run or render as markup', () => {
    expect(htmlToText('<img src=x onerror="alert(1)">Tabriz<script>alert(2)</script><style>b{}</style>')).toBe('Tabriz');
    expect(htmlToText('<b>bold</b> and <a href="javascript:alert(3)">a link</a>')).toBe('bold and a link');
    expect(htmlToText('<!-- a comment -->text')).toBe('text');
  });

  it('decodes entities once: an escaped tag stays visible text', () => {
    expect(htmlToText('Rivers &amp; borders&nbsp;&mdash; &#8220;quoted&#x201D;')).toBe('Rivers & borders — “quoted”');
    expect(htmlToText('&lt;b&gt;not bold&lt;/b&gt;')).toBe('<b>not bold</b>');
    expect(htmlToText('&#0; &#xD800; &unknown;')).toBe('&#0; &#xD800; &unknown;');
  });

  it('removes sound references and tells a field with media', () => {
    expect(htmlToText('word [sound:word.mp3]')).toBe('word');
    expect(hasMedia('word [sound:word.mp3]')).toBe(true);
    expect(hasMedia('<img src="map.png">')).toBe(true);
    expect(hasMedia('plain <b>text</b>')).toBe(false);
  });

  it('writes text as HTML that shows exactly it, and reads back the same', () => {
    const text = 'A < B & "C"\nsecond line';
    expect(textToHtml(text)).toBe('A &lt; B &amp; &quot;C&quot;<br>second line');
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});

it("reads Anki's editor's blank line (<div><br></div>) as one blank line", () => {
  expect(htmlToText('<div>a</div><div><br></div><div>b</div>')).toBe('a\n\nb');
});
