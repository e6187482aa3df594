import { describe, expect, it } from 'vitest';
import { compileTemplate, renderEmail, TemplateRenderError } from './index';
import { html, lead, render, sender, text } from './test-fixtures';

describe('renderEmail: personalisation syntax', () => {
  it('outputs lead fields by their camelCase names', () => {
    expect(text('{{companyName}} in {{ city }}, {{country}}: {{jobTitle}} {{phone}} {{email}} {{industry}}')).toBe(
      'Acme Dental in Berlin, Germany: Owner +49 30 123456 anna@acme-dental.example Dental',
    );
  });

  it('derives firstName, lastName and companyDomain', () => {
    expect(text('{{firstName}} / {{lastName}} / {{companyDomain}}')).toBe('Anna / Weber / acme-dental.example');
  });

  it('uses a default filter as the fallback for a missing value', () => {
    expect(text('Hi {{ firstName | default: "there" }},', { contactName: null })).toBe('Hi there,');
    expect(text('Hi {{ firstName | default: "there" }},')).toBe('Hi Anna,');
  });

  it('treats blank and whitespace-only values as absent, so default and if behave', () => {
    expect(text('{{ city | default: "your city" }}', { city: '   ' })).toBe('your city');
    expect(text('{% if city %}in {{city}}{% else %}nearby{% endif %}', { city: '' })).toBe('nearby');
  });

  it('renders if / elsif / else / unless', () => {
    const source = '{% if city == "Berlin" %}B{% elsif city %}other{% else %}none{% endif %}|{% unless city %}no city{% endunless %}';
    expect(text(source)).toBe('B|');
    expect(text(source, { city: 'Paris' })).toBe('other|');
    expect(text(source, { city: null })).toBe('none|no city');
  });

  it('supports numbers and booleans of the lead in conditions', () => {
    const source = '{% if googleRating > 4.5 %}top rated{% endif %}{% if hasOnlineBooking == false %} no booking{% endif %}';
    expect(text(source, { googleRating: 4.8, hasOnlineBooking: false })).toBe('top rated no booking');
    expect(text(source, { googleRating: 4.1, hasOnlineBooking: null })).toBe('');
  });

  it('outputs sender.name, sender.email and sender.signature', () => {
    expect(text('{{sender.name}} <{{sender.email}}>\n{{sender.signature}}')).toBe(
      'Sam Carter <sam@studio.example>\nSam Carter\nBooking pages for studios',
    );
  });

  it('keeps a multi-line value (the signature) as line breaks in HTML', () => {
    expect(html('<p>{{ sender.signature }}</p>')).toBe('<p>Sam Carter<br>Booking pages for studios</p>');
  });

  it('exposes the lead custom fields as custom.<key>', () => {
    expect(text('Revenue: {{ custom.revenue }}, size: {{ custom.size | default: "?" }}')).toBe('Revenue: 2M, size: ?');
    // "size" is also Liquid's length property: an imported column of that name must still win.
    expect(text('{{ custom.size }}', { customFields: { size: '10-50' } })).toBe('10-50');
  });

  it('runs ordinary Liquid: filters, loops, case, assign, capture', () => {
    const source = [
      '{{ companyName | upcase }}',
      '{% for tag in tags %}[{{ tag }}]{% endfor %}',
      '{% case industry %}{% when "Dental" %}teeth{% else %}other{% endcase %}',
      '{% assign greeting = "Hello" %}{{ greeting }}',
      '{% capture who %}{{ firstName }} at {{ companyName }}{% endcapture %}{{ who }}',
      '{{ tags | join: ", " }}|{{ tags.size }}|{{ companyName | truncate: 7 }}',
    ].join('\n');
    expect(text(source, { tags: ['dentist', 'berlin'] })).toBe(
      'ACME DENTAL\n[dentist][berlin]\nteeth\nHello\nAnna at Acme Dental\ndentist, berlin|2|Acme...',
    );
  });

  it('renders each part and keeps the subject on one line', () => {
    const email = render({
      subject: 'Hello {{ firstName }}\r\nfrom {{ sender.name }}',
      bodyHtml: '<p>Hi</p>',
      bodyText: 'Hi {{ firstName }}',
    });
    expect(email.subject).toBe('Hello Anna from Sam Carter');
    expect(email.text).toBe('Hi Anna');
    expect(email.html).toBe('<p>Hi</p>');
  });

  it('builds the HTML part from bodyText when there is no bodyHtml', () => {
    const email = render({ subject: 'S', bodyText: 'Hi {{ companyName }} & co\n\n<b>Bye</b>', bodyHtml: '  ' }, { companyName: 'A<B>' });
    expect(email.html).toBe('Hi A&lt;B&gt; &amp; co<br>\n<br>\n&lt;b&gt;Bye&lt;/b&gt;');
    expect(email.text).toBe('Hi A<B> & co\n\n<b>Bye</b>');
  });

  it('compiles once and renders many leads with the same compiled template', () => {
    const template = compileTemplate({ subject: 'For {{ companyName }}', bodyHtml: '<p>{{ city | default: "?" }}</p>' });
    const cities = ['Paris', null, 'Lyon'].map((city, i) => renderEmail(template, lead({ id: `l${i}`, city }), sender).html);
    expect(cities).toEqual(['<p>Paris</p>', '<p>?</p>', '<p>Lyon</p>']);
    expect(template.variables).toEqual(['companyName', 'city']);
  });
});

describe('renderEmail: custom variables', () => {
  const variables = [
    { key: 'companyRevenue', value: '{{companyRevenue}}', defaultValue: 'a growing business', isActive: true },
    { key: 'teamName', value: '{{ companyName }} team', defaultValue: 'your team', isActive: true },
    { key: 'calendarLink', value: 'https://cal.example/sam', defaultValue: null, isActive: true },
    { key: 'inactive', value: 'should not show', defaultValue: null, isActive: false },
    { key: 'chained', value: 'via {{ teamName }}', defaultValue: 'no chaining', isActive: true },
    { key: 'email', value: 'shadowed', defaultValue: null, isActive: true },
  ];

  it('renders literal values and values that reference lead fields', () => {
    expect(text('{{ calendarLink }} / {{ teamName }}', {}, variables)).toBe('https://cal.example/sam / Acme Dental team');
  });

  it("reads the lead's custom fields by bare name inside a value (the spec's '{{companyRevenue}}')", () => {
    expect(text('{{ companyRevenue }}', { customFields: { companyRevenue: '5M' } }, variables)).toBe('5M');
  });

  it('falls back to defaultValue when the value is blank or used a variable the lead lacks', () => {
    expect(text('{{ companyRevenue }}', { customFields: {} }, variables)).toBe('a growing business');
    expect(text('{{ teamName }}', { companyName: null }, variables)).toBe('your team');
  });

  it('renders values once: they cannot reference other custom variables', () => {
    expect(text('{{ chained }}', {}, variables)).toBe('no chaining');
  });

  it('ignores inactive variables and never shadows built-in fields', () => {
    const email = render({ subject: 'S', bodyText: '[{{ inactive }}] {{ email }}' }, {}, variables);
    expect(email.text).toBe('[] anna@acme-dental.example');
    expect(email.missing).toEqual(['inactive']);
  });

  it('treats a rendered value as data: escaped in HTML, never rendered again', () => {
    const email = render({ subject: 'S', bodyHtml: '<p>{{ teamName }}</p>' }, { companyName: '<i>{{ sender.email }}</i>' }, variables);
    expect(email.html).toBe('<p>&lt;i&gt;&#123;&#123; sender.email &#125;&#125;&lt;/i&gt; team</p>');
  });
});

describe('renderEmail: runaway templates', () => {
  it('stops a huge range before allocating it', () => {
    expect(() => text('{% for i in (1..1000000000) %}x{% endfor %}')).toThrowError(TemplateRenderError);
  });

  it('stops a string that doubles itself', () => {
    expect(() =>
      text('{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}'),
    ).toThrowError(/memory alloc limit exceeded/);
  });

  it('stops a loop that runs past the time limit', () => {
    expect(() => text('{% for i in (1..9000000) %}{{ i }}{% endfor %}')).toThrowError(/render limit exceeded/);
  });
});
