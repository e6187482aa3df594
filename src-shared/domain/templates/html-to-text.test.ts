import { describe, expect, it } from 'vitest';
import { htmlToText } from './index';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line separated blocks and <br> into newlines', () => {
    expect(htmlToText('<p>Hi Anna,</p>\n  <p>Line one<br>Line two<br/><br />Line four</p>')).toBe(
      'Hi Anna,\n\nLine one\nLine two\n\nLine four',
    );
  });

  it('collapses source whitespace like a browser', () => {
    expect(htmlToText('<p>  Hello\n   world  </p>   <div>next</div>')).toBe('Hello world\n\nnext');
  });

  it('writes links as "text (url)", and only the text when it is the URL', () => {
    expect(htmlToText('See <a href="https://acme.com/x?a=1&amp;b=2">our site</a>.')).toBe('See our site (https://acme.com/x?a=1&b=2).');
    expect(htmlToText('<a href="https://acme.com/">acme.com</a>')).toBe('acme.com');
    expect(htmlToText('<a href="mailto:sam@x.example">sam@x.example</a>')).toBe('sam@x.example');
    expect(htmlToText('<a href="#top">Top</a> <a href="javascript:void(0)">JS</a>')).toBe('Top JS');
    expect(htmlToText('<a href="https://acme.com/logo"><img src="x.png"></a>')).toBe('https://acme.com/logo');
  });

  it('writes list items as "- item", numbered in ordered lists, indented when nested', () => {
    expect(htmlToText('<p>Why:</p><ul><li>Fast</li><li>Cheap<ul><li>Really</li></ul></li></ul><ol><li>One</li><li>Two</li></ol>')).toBe(
      'Why:\n\n- Fast\n- Cheap\n  - Really\n\n1. One\n2. Two',
    );
  });

  it('strips tags and drops the content of style, script, head and comments', () => {
    expect(
      htmlToText(
        '<html><head><title>T</title><style>p{color:red}</style></head><body><!-- note --><script>alert(1)</script><p class="x">Hi <b>there</b></p></body></html>',
      ),
    ).toBe('Hi there');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &quot;caf&eacute;&quot; &#8364;5 &#x1F600; a&nbsp;&nbsp;b &unknown;')).toBe(
      'Tom & Jerry <3 "café" €5 😀 a  b &unknown;',
    );
  });

  it('keeps text that only looks like a tag', () => {
    expect(htmlToText('<p>a < b and c > d</p>')).toBe('a < b and c > d');
  });

  it('reads headings, tables and preformatted text', () => {
    expect(htmlToText('<h1>Title</h1><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><pre>x\n  y</pre>')).toBe(
      'Title\n\na b\nc\n\nx\n  y',
    );
  });

  it('handles attributes with ">" and quotes inside', () => {
    expect(htmlToText('<p title="a > b" data-x=\'it"s\'>Hello</p>')).toBe('Hello');
  });

  it('returns an empty string for empty input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p><br>')).toBe('');
  });
});
