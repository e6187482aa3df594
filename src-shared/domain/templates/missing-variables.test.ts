import { describe, expect, it } from 'vitest';
import { compileTemplate, renderEmail } from './index';
import { lead, render, sender } from './test-fixtures';

function missing(source: string, overrides = {}): string[] {
  return render({ subject: 'S', bodyText: source }, overrides).missing;
}

describe('renderEmail: missing variables', () => {
  it('reports a referenced variable without a value', () => {
    expect(missing('Hi {{ firstName }}', { contactName: null })).toEqual(['firstName']);
  });

  it('does not report a variable that has a value', () => {
    expect(missing('Hi {{ firstName }} from {{ city }}')).toEqual([]);
  });

  it('does not report a variable with a default filter, anywhere in the chain', () => {
    expect(missing('{{ firstName | default: "there" }} {{ city | downcase | default: "x" }}', { contactName: null, city: null })).toEqual(
      [],
    );
  });

  it('counts blank strings, whitespace and empty arrays as no value', () => {
    expect(missing('{{ city }} {{ country }} {{ tags }}', { city: '', country: '  \t', tags: [] })).toEqual(['city', 'country', 'tags']);
  });

  it('does not report variables only used as a condition, nor outputs in branches not taken', () => {
    expect(
      missing('{% if city %}in {{ city }}{% endif %}{% unless phone %}{% else %}{{ phone }}{% endunless %}', { city: null, phone: null }),
    ).toEqual([]);
  });

  it('reports custom.*, sender.* and variables used as filter arguments', () => {
    const email = renderEmail(
      compileTemplate({ subject: 'S', bodyText: '{{ custom.budget }} {{ sender.signature }} {{ companyName | append: city }}' }),
      lead({ customFields: {}, city: null }),
      { name: 'Sam', email: 'sam@x.example' },
    );
    expect(email.missing).toEqual(['custom.budget', 'sender.signature', 'city']);
  });

  it('reports each name once, in order of first use across subject, HTML and text', () => {
    const email = render(
      { subject: '{{ city }}', bodyHtml: '<p>{{ firstName }} {{ city }}</p>', bodyText: '{{ firstName }} {{ country }}' },
      {
        city: null,
        contactName: null,
        country: null,
      },
    );
    expect(email.missing).toEqual(['city', 'firstName', 'country']);
  });

  it('tracks outputs inside loops and spintax options that were rendered', () => {
    expect(missing('{% for t in tags %}{{ custom.x }}{% endfor %}', { tags: ['a'], customFields: {} })).toEqual(['custom.x']);
    expect(missing('{{{ city }}|{{ city }}}', { city: null })).toEqual(['city']);
  });

  it('reports unknown names too: a misspelt variable has no value either', () => {
    expect(missing('Hi {{ frstName }}')).toEqual(['frstName']);
  });

  it('lets a campaign preflight count leads lacking a value', () => {
    const template = compileTemplate({ subject: 'Hi {{ firstName }}', bodyHtml: '<p>{{ companyName }}</p>' });
    const leads = [lead({ id: 'a' }), lead({ id: 'b', contactName: 'info@acme.example' }), lead({ id: 'c', contactName: 'Dr. Weber' })];
    const lacking = leads.filter((l) => renderEmail(template, l, sender).missing.includes('firstName')).map((l) => l.id);
    expect(lacking).toEqual(['b', 'c']);
  });
});
