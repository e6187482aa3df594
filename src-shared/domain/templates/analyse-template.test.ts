import { describe, expect, it } from 'vitest';
import { analyseTemplate, compileTemplate, knownTemplateVariables, TemplateSyntaxError } from './index';

const known = knownTemplateVariables([
  { key: 'calendarLink', isActive: true },
  { key: 'oldPromo', isActive: false },
]);

describe('analyseTemplate', () => {
  it('lists the variables a template reads, in order', () => {
    const analysis = analyseTemplate(
      'Hi {{ firstName | default: "there" }} {% if city %}{{ city }}{% endif %} {{ sender.name }} {{ custom.revenue }} {{ calendarLink }}',
      known,
    );
    expect(analysis).toEqual({
      variables: ['firstName', 'city', 'sender.name', 'custom.revenue', 'calendarLink'],
      unknown: [],
      errors: [],
    });
  });

  it('reports unknown variables: typos, inactive custom variables, unknown sender fields', () => {
    const analysis = analyseTemplate('{{ frstName }} {{ oldPromo }} {{ sender.phone }} {{ companyName }}', known);
    expect(analysis.unknown).toEqual(['frstName', 'oldPromo', 'sender.phone']);
  });

  it('accepts only the listed custom fields when their keys are given', () => {
    const analysis = analyseTemplate('{{ custom.revenue }} {{ custom.budget }}', knownTemplateVariables([], ['revenue']));
    expect(analysis.unknown).toEqual(['custom.budget']);
  });

  it('does not count loop variables and assigned names as unknown', () => {
    expect(analyseTemplate('{% for t in tags %}{{ t }}{% endfor %}{% assign g = "Hi" %}{{ g }}', known)).toEqual({
      variables: ['tags'],
      unknown: [],
      errors: [],
    });
  });

  it('reports syntax errors with a clear message and line instead of throwing', () => {
    expect(analyseTemplate('Hi\n\n{% if city %}\nin {{ city }}', known).errors).toEqual([
      { message: '{% if city %} is never closed (missing {% endif %})', line: 3 },
    ]);
    expect(analyseTemplate('Hi\n{{ firstName ', known).errors).toEqual([{ message: '"{{" is never closed with "}}"', line: 2 }]);
    expect(analyseTemplate('{{ firstName | defualt: "x" }}', known).errors).toEqual([{ message: 'Unknown filter "defualt"', line: 1 }]);
    expect(analyseTemplate('\n{% frobnicate %}', known).errors).toEqual([{ message: 'Unknown tag {% frobnicate %}', line: 2 }]);
    expect(analyseTemplate('{% if a = b %}x{% endif %}', known).errors).toHaveLength(1);
  });

  it('names the part of a whole template each problem is in', () => {
    const analysis = analyseTemplate({ subject: '{{ a ', bodyHtml: '<p>\n{Hi|Hello</p>', bodyText: 'ok {{ city }}' }, known);
    expect(analysis.errors).toEqual([
      { message: '"{{" is never closed with "}}"', line: 1, part: 'subject' },
      { message: 'Spintax "{" is never closed: write {option one|option two}', line: 2, part: 'bodyHtml' },
    ]);
    expect(analysis.variables).toEqual(['city']);
  });

  it('reads entity-encoded Liquid written by a rich-text editor', () => {
    const analysis = analyseTemplate('<p>{{ firstName | default: &quot;there&quot; }}{% if googleRating &gt; 4 %}!{% endif %}</p>', known);
    expect(analysis).toEqual({ variables: ['firstName', 'googleRating'], unknown: [], errors: [] });
  });
});

describe('no file access', () => {
  for (const tag of [
    '{% include "secrets.txt" %}',
    "{% render 'x' %}",
    '{% layout "base" %}',
    '{% include "/etc/passwd" %}',
    '{% block x %}{% endblock %}',
    "{%- include 'x' -%}",
    "{% liquid\n  include 'x'\n%}",
  ]) {
    it(`reports ${tag} as an error and reads nothing`, () => {
      const analysis = analyseTemplate(`Hello\n${tag}`, known);
      expect(analysis.errors).toHaveLength(1);
      expect(analysis.errors[0]!.message).toMatch(/is not available: email templates cannot load other templates or files/);
      expect(analysis.errors[0]!.line).toBe(tag.includes('\n') ? 3 : 2);
      expect(() => compileTemplate({ subject: 'S', bodyHtml: tag })).toThrowError(TemplateSyntaxError);
    });
  }

  it('gives compileTemplate the same issues, with their part', () => {
    try {
      compileTemplate({ subject: 'ok', bodyHtml: '<p>{% include "x" %}</p>' });
      expect.unreachable();
    } catch (error) {
      expect((error as TemplateSyntaxError).issues).toEqual([
        { message: '{% include %} is not available: email templates cannot load other templates or files', line: 1, part: 'bodyHtml' },
      ]);
    }
  });
});
