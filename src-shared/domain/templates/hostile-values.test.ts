import { describe, expect, it } from 'vitest';
import { compileTemplate, renderEmail } from './index';
import type { RenderedEmail, TemplateLead } from './types';
import { lead, sender } from './test-fixtures';

const template = compileTemplate({
  subject: '{Hi|Hello} {{ firstName | default: "there" }}, about {{ companyName }}',
  bodyHtml:
    '<p>Hi {{ firstName | default: "there" }},</p><p>{{ companyName }} in {{ city | default: "your city" }}</p><a href="{{ website }}">site</a>',
  bodyText: 'Hi {{ firstName | default: "there" }},\n{{ companyName }} in {{ city | default: "your city" }}',
});

function renderWith(overrides: Partial<TemplateLead>): RenderedEmail {
  return renderEmail(template, lead(overrides), sender);
}

function expectNoTemplateSyntax(email: RenderedEmail): void {
  for (const part of [email.subject, email.text, email.html]) {
    expect(part).not.toContain('{{');
    expect(part).not.toContain('{%');
  }
}

describe('renderEmail: hostile lead values', () => {
  it('escapes <script> in HTML and leaves it as text in the text part', () => {
    const email = renderWith({ companyName: '<script>alert(1)</script>' });
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; in Berlin');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('<script>alert(1)</script> in Berlin');
    expect(email.subject).toBe(`${email.subject.split(' ')[0]} Anna, about <script>alert(1)</script>`);
  });

  it('escapes quotes so a value cannot leave an attribute', () => {
    const email = renderWith({ website: '" onmouseover="alert(1)' });
    expect(email.html).toContain('href="&quot; onmouseover=&quot;alert(1)"');
  });

  it('never renders template syntax that comes from a value', () => {
    for (const value of ['{{ sender.email }}', '{% raw %}', '{%- endraw -%}{{', '}}{{', '{{{x}}}', '{% include "x" %}', '{', '%}']) {
      const email = renderWith({ companyName: value, city: value });
      expectNoTemplateSyntax(email);
      expect(email.html).not.toContain('sam@studio.example');
      expect(email.text).not.toContain('sam@studio.example');
    }
  });

  it('neutralises braces as entities in HTML and by breaking the pair in text', () => {
    const email = renderWith({ companyName: '{{ sender.email }}' });
    expect(email.html).toContain('&#123;&#123; sender.email &#125;&#125;');
    expect(email.text).toContain('{ { sender.email } }');
    expect(email.subject).toContain('{ { sender.email } }');
  });

  it('strips CR and LF from the subject (no header injection) but keeps them in bodies', () => {
    const email = renderWith({ companyName: 'Acme\r\nBcc: victim@example.com', contactName: 'Anna\rX' });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toContain('Acme Bcc: victim@example.com');
    expect(email.text).toContain('Acme\nBcc: victim@example.com in Berlin');
    expect(email.html).toContain('Acme<br>Bcc: victim@example.com in Berlin');
  });

  it('removes CR/LF and control characters that come from the template itself', () => {
    const email = renderEmail(compileTemplate({ subject: 'One\r\nTwo\u2028Three\u0000', bodyText: 'x' }), lead(), sender);
    expect(email.subject).toBe('One Two Three');
  });

  it('copes with a 10 kB value', () => {
    const big = 'x'.repeat(10_240);
    const email = renderWith({ companyName: big });
    expect(email.html).toContain(big);
    expect(email.text).toContain(big);
    expect(email.subject.length).toBeGreaterThan(10_240);
  });

  it('keeps emoji and right-to-left text intact, dropping only bidi overrides from the subject', () => {
    const email = renderWith({ companyName: 'مطعم الشرق 🍕', contactName: 'שרה כהן' });
    expect(email.html).toContain('مطعم الشرق 🍕 in Berlin');
    expect(email.text).toContain('Hi שרה,');
    expect(email.subject).toContain('שרה, about مطعم الشرق 🍕');
    const spoofed = renderWith({ companyName: 'Acme\u202Egnp.exe' });
    expect(spoofed.subject).toContain('Acmegnp.exe');
  });

  it('treats null, undefined and missing fields as no value', () => {
    const email = renderEmail(template, { id: 'bare' }, sender);
    expect(email.text).toBe('Hi there,\n in your city');
    expect(email.missing).toEqual(['companyName', 'website']);
    const nulls = renderWith({ companyName: null, contactName: undefined, city: null, website: null, customFields: null, tags: null });
    expect(nulls.missing).toEqual(['companyName', 'website']);
  });

  it('drops control characters from values', () => {
    expect(renderWith({ companyName: 'Ac\u0000me\u0007' }).text).toContain('Acme in Berlin');
  });

  it('does not let a value switch escaping off with the raw filter', () => {
    const raw = compileTemplate({ subject: 'S', bodyHtml: '<p>{{ companyName | raw }}</p>{% echo companyName %}' });
    expect(renderEmail(raw, lead({ companyName: '<b>x</b>' }), sender).html).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p>&lt;b&gt;x&lt;/b&gt;');
  });

  it('neutralises "{{" that the template itself prints literally', () => {
    const literal = compileTemplate({ subject: '{% raw %}{{ x }}{% endraw %}', bodyHtml: '<p>{% raw %}{{ x }}{% endraw %}</p>' });
    const email = renderEmail(literal, lead(), sender);
    expectNoTemplateSyntax(email);
    expect(email.html).toBe('<p>&#123;{ x }}</p>');
    expect(email.text).toBe('{ { x }}');
  });
});

describe('renderEmail: generated hostile values', () => {
  // A fixed pseudo-random stream (mulberry32) so failures reproduce.
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const alphabet = ['{', '}', '%', '|', '-', '<', '>', '&', '"', "'", '\r', '\n', ' ', 'a', 'raw', 'endraw', '#', '\u202e', '😀', 'ש'];
  const derived = compileTemplate({
    subject: '{{ companyName }}{{ city }}',
    bodyHtml: '<p>{A|B} {{ companyName }}{{ city }}</p><a href="{{ website }}">{{ firstName | default: "x" }}</a>',
  });

  it('never lets "{{" or "{%" through, whatever the value', () => {
    const next = random(7);
    const value = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const l = lead({ id: `g${i}`, companyName: value(), city: value(), website: value(), contactName: value() });
      for (const email of [renderEmail(template, l, sender), renderEmail(derived, l, sender)]) {
        expectNoTemplateSyntax(email);
        expect(email.subject).not.toMatch(/[\r\n\u202e]/);
        expect(email.html).not.toMatch(/<(?!\/?(p|a|br)\b)/);
      }
    }
  });
});
