import { describe, expect, it } from 'vitest';
import { compileTemplate, renderEmail } from './index';
import { pickOption, fnv1a32 } from './spin-hash';
import { lead, render, sender, text } from './test-fixtures';

const ids = Array.from(
  { length: 1000 },
  (_, i) => `5f0c${i.toString(16).padStart(4, '0')}-1d2e-4f00-8a00-${(i * 7919).toString(16).padStart(12, '0')}`,
);

describe('spintax', () => {
  it('picks one option per group', () => {
    expect(['Hi', 'Hello', 'Hey']).toContain(text('{Hi|Hello|Hey}'));
  });

  it('gives the same lead the same choice on every render and every compile', () => {
    const source = '{Hi|Hello|Hey} {there|friend}, {a|b|c|d|e}';
    const first = text(source, { id: 'lead-42' });
    for (let i = 0; i < 5; i++) expect(text(source, { id: 'lead-42' })).toBe(first);
    const template = compileTemplate({ subject: 'S', bodyText: source });
    expect(renderEmail(template, lead({ id: 'lead-42' }), sender).text).toBe(first);
  });

  it('spreads 1,000 leads over every option of every group', () => {
    const template = compileTemplate({ subject: '{Quick question|Idea|Thought}', bodyText: '{Hi|Hello|Hey|Dear} / {A|B}' });
    const seen = { subject: new Set<string>(), greeting: new Set<string>(), letter: new Set<string>() };
    for (const id of ids) {
      const email = renderEmail(template, lead({ id }), sender);
      const [greeting, letter] = email.text.split(' / ');
      seen.subject.add(email.subject);
      seen.greeting.add(greeting!);
      seen.letter.add(letter!);
    }
    expect([...seen.subject].sort()).toEqual(['Idea', 'Quick question', 'Thought']);
    expect([...seen.greeting].sort()).toEqual(['Dear', 'Hello', 'Hey', 'Hi']);
    expect([...seen.letter].sort()).toEqual(['A', 'B']);
  });

  it('spreads evenly enough that no option is starved', () => {
    const counts = [0, 0, 0];
    for (const id of ids) counts[pickOption(fnv1a32(id), 12345, 3)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(250);
  });

  it('allows nesting and Liquid inside options', () => {
    const outcomes = new Set(ids.slice(0, 200).map((id) => text('{Hi {{ firstName }}|Hello {there|you}|Hey}', { id })));
    expect([...outcomes].sort()).toEqual(['Hello there', 'Hello you', 'Hey', 'Hi Anna']);
  });

  it('does not touch pipes and braces of Liquid, nor braces without a pipe', () => {
    expect(text('{{ firstName | default: "a|b" }} {name} {% if city %}x|y{% endif %}')).toBe('Anna {name} x|y');
    expect(render('<style>p{color:red}a{b:c}</style><p>{Hi|Hi}</p>').html).toBe('<style>p{color:red}a{b:c}</style><p>Hi</p>');
  });

  it('accepts a group right around a Liquid output: {{{firstName}}|there}', () => {
    const outcomes = new Set(ids.slice(0, 50).map((id) => text('Hi {{{firstName}}|there}!', { id })));
    expect([...outcomes].sort()).toEqual(['Hi Anna!', 'Hi there!']);
  });

  it('keeps literal braces that only look like Liquid', () => {
    expect(text('{{{ firstName }}}')).toBe('{Anna}');
    expect(text('{% raw %}{Hi|Hello} {{ x }}{% endraw %}')).toBe('{Hi|Hello} { { x }}');
  });

  it('picks the same wording in the subject, HTML and text for identical groups', () => {
    const template = compileTemplate({ subject: '{Hi|Hello|Hey}', bodyHtml: '<p>{Hi|Hello|Hey}</p>', bodyText: '{Hi|Hello|Hey}' });
    for (const id of ids.slice(0, 100)) {
      const email = renderEmail(template, lead({ id }), sender);
      expect(email.html).toBe(`<p>${email.subject}</p>`);
      expect(email.text).toBe(email.subject);
    }
  });

  it('keeps the derived text part in step with the HTML part', () => {
    const template = compileTemplate({ subject: 'S', bodyHtml: '<p>{<b>Hi</b>|Hello|Hey} {{ firstName }}, {one|two|three}</p>' });
    for (const id of ids.slice(0, 100)) {
      const email = renderEmail(template, lead({ id }), sender);
      expect(email.text).toBe(email.html.replace(/<[^>]+>/g, ''));
    }
  });

  it('is independent between groups with different wording', () => {
    const pairs = new Set(ids.slice(0, 300).map((id) => text('{a|b}{c|d}', { id })));
    expect([...pairs].sort()).toEqual(['ac', 'ad', 'bc', 'bd']);
  });

  it('reports a group that is never closed', () => {
    expect(() => compileTemplate({ subject: 'S', bodyText: 'Line one\n{Hi|Hello there' })).toThrowError(
      /line 2: Spintax "\{" is never closed/,
    );
  });

  it('reports a group that overlaps a Liquid block', () => {
    expect(() => compileTemplate({ subject: 'S', bodyText: '{Hi {% if city %}|Hello} {% endif %}' })).toThrowError(
      /spintax group .* overlap/i,
    );
  });
});
