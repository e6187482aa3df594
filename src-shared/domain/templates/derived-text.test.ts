import { describe, expect, it } from 'vitest';
import { compileTemplate, htmlToText, renderEmail } from './index';
import { lead, sender } from './test-fixtures';

// Without bodyText, the text part is derived from the HTML template once, at compile time.
// It must read like converting each rendered HTML would.
const templates = [
  '<p>{Hi|Hello} {{ firstName | default: "there" }},</p>\n<p>I saw <a href="{{ website }}">{{ companyName }}</a>{% if city %} in {{ city }}{% endif %}.</p>',
  '<h2>{{ companyName }}</h2>\n{% if city %}\n<p>In {{ city }}</p>\n{% endif %}\n<ul>{% for t in tags %}<li>{{ t }}</li>{% endfor %}</ul>\n<p>Bye</p>',
  '<p>{%- if googleRating -%} Rated {{ googleRating }} {%- else -%} New here {%- endif -%}</p><p>{{ sender.name }}<br>{{ sender.signature }}</p>',
  '<div>{One <b>bold</b> option|Another, with <a href="https://x.example/{{ companyDomain }}">a link</a>}</div><p>&copy; {{ companyName }} &amp; co</p>',
  '<table><tr><td>{{ city | default: "?" }}</td><td>{{ country }}</td></tr></table><p><a href="https://{{ companyDomain }}">{{ companyDomain }}</a></p>',
];
const leads = [
  lead(),
  lead({ id: 'b', city: null, website: null, contactName: null, tags: ['x', 'y'], googleRating: 4.7 }),
  lead({ id: 'c', companyName: 'A & B <C>', country: null, email: 'x@gmail.com' }),
];

describe('text part derived from HTML', () => {
  for (const [index, bodyHtml] of templates.entries()) {
    it(`matches converting the rendered HTML (template ${index + 1})`, () => {
      const template = compileTemplate({ subject: 'S', bodyHtml });
      expect(template.textSource).toBe('bodyHtml');
      for (const l of leads) {
        const email = renderEmail(template, l, sender);
        expect(email.text).toBe(htmlToText(email.html));
      }
    });
  }

  it('merges the blank lines around tags that rendered nothing, and does not repeat them in loops', () => {
    const template = compileTemplate({
      subject: 'S',
      bodyHtml:
        '<p>A</p>\n{% if city %}\n<p>In {{ city }}</p>\n{% endif %}\n<ul>{% for t in tags %}\n  <li>{{ t }}</li>{% endfor %}\n</ul><p>C {{ country }} D</p>',
    });
    expect(renderEmail(template, lead({ city: null, tags: ['x', 'y'] }), sender).text).toBe('A\n\n- x\n- y\n\nC Germany D');
    expect(renderEmail(template, lead({ tags: [], country: null }), sender).text).toBe('A\n\nIn Berlin\n\nC D');
  });

  it('leaves out " (url)" when the link URL renders empty', () => {
    const template = compileTemplate({ subject: 'S', bodyHtml: '<p><a href="{{ website }}">Our site</a></p>' });
    expect(renderEmail(template, lead({ website: 'https://acme.example' }), sender).text).toBe('Our site (https://acme.example)');
    expect(renderEmail(template, lead({ website: null }), sender).text).toBe('Our site');
  });

  it('falls back to converting each rendered HTML when tags sit where text is dropped', () => {
    const template = compileTemplate({ subject: 'S', bodyHtml: '<style>{% if city %}p{}</style><p>{{ city }}{% endif %}</p>' });
    const email = renderEmail(template, lead(), sender);
    expect(email.text).toBe(htmlToText(email.html));
    expect(email.text).toBe('Berlin');
  });

  it('does not turn HTML-escaped braces in the template into Liquid', () => {
    const template = compileTemplate({ subject: 'S', bodyHtml: '<p>&#123;&#123; firstName }} and {{ firstName }}</p>' });
    const email = renderEmail(template, lead(), sender);
    expect(email.html).toBe('<p>&#123;&#123; firstName }} and Anna</p>');
    expect(email.text).toBe('{ { firstName }} and Anna');
  });
});
