import { describe, expect, it } from 'vitest';
import { previewWarnings } from './index';

const base = {
  subject: 'Quick question about your booking page',
  text: 'Hi Anna, a short note about booking.',
  html: '<p>Hi Anna</p>',
  missing: [],
};

describe('previewWarnings', () => {
  it('measures a clean email without warnings', () => {
    expect(previewWarnings(base)).toEqual({ subjectLength: 38, linksCount: 0, htmlBytes: 14, warnings: [] });
  });

  it('warns about a subject over 78 characters, counted in characters not bytes', () => {
    const report = previewWarnings({ ...base, subject: `${'é'.repeat(79)}` });
    expect(report.subjectLength).toBe(79);
    expect(report.warnings).toEqual(['The subject is 79 characters; inboxes cut it after about 78.']);
  });

  it('warns about all-caps and shouty subjects and spammy phrases', () => {
    expect(previewWarnings({ ...base, subject: 'FREE OFFER FOR YOU' }).warnings).toEqual([
      'The subject is mostly capital letters, which spam filters penalise.',
    ]);
    expect(previewWarnings({ ...base, subject: 'Act now!!!' }).warnings).toEqual([
      'Repeated "!", "?" or "$" in the subject look like spam.',
      'Phrases spam filters watch for: "act now".',
    ]);
  });

  it('counts links and warns past three, ignoring mailto and anchors', () => {
    const links =
      '<a href="https://a.example">1</a><a href="https://b.example">2</a><a href=\'https://c.example\'>3</a><a href="https://d.example">4</a><a href="mailto:x@y.z">m</a><a href="#t">t</a>';
    const report = previewWarnings({ ...base, html: links });
    expect(report.linksCount).toBe(4);
    expect(report.warnings).toContain('4 links; cold emails with more than 3 are more often filtered.');
  });

  it('warns about HTML over 100 kB (Gmail clipping), counting UTF-8 bytes', () => {
    const report = previewWarnings({ ...base, html: `<p>${'€'.repeat(35_000)}</p>` });
    expect(report.htmlBytes).toBe(105_007);
    expect(report.warnings).toContain('The HTML is 103 kB; Gmail clips emails over about 100 kB.');
  });

  it('warns about an empty subject or text part, shorteners and missing values', () => {
    const report = previewWarnings({ subject: ' ', text: '', html: '<a href="https://bit.ly/x">x</a>', missing: ['firstName'] });
    expect(report.warnings).toEqual([
      'The subject is empty.',
      'Link shorteners (bit.ly and the like) hurt deliverability; link your own domain.',
      'The plain-text part is empty.',
      'No value for firstName (and no default).',
    ]);
  });
});
