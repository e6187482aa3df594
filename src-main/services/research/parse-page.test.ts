import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page';

describe('parsePage', () => {
  it('keeps table cells and blocks apart but emphasis joined', () => {
    const page = parsePage(
      '<table><tr><td>Samstag</td><td>9–13</td></tr></table><p><b>Sa</b>mstag</p><ul><li>Cut</li><li>Colour</li></ul>',
      'https://x.example/',
    );
    expect(page.text).toBe('Samstag\n9–13\nSamstag\nCut\nColour');
    expect(page.flatLower).toBe('samstag 9–13 samstag cut colour');
  });

  it('leaves out scripts, styles and templates but keeps submit button labels', () => {
    const page = parsePage(
      '<script>var x = "Book now"</script><style>.a{}</style><template><p>hidden</p></template><input type="submit" value="Termin buchen">',
      'https://x.example/',
    );
    expect(page.text).toBe('Termin buchen');
  });

  it('decodes entities', () => {
    expect(parsePage('<p>Caf&eacute; &amp; Bar &#8211; &euro;5</p>', 'https://x.example/').text).toBe('Café & Bar – €5');
  });
});
