import { Context } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { engineFor, type EscapeMode } from './liquid-engine';
import { BufferEmitter, compilePlan, runPlan } from './render-plan';

// The fast path must render exactly what liquidjs renders: same lookups, filters, truthiness.
const scope = {
  name: 'Anna & <Co>',
  city: 'Berlin',
  empty: '',
  zero: 0,
  flag: false,
  rating: 4.6,
  tags: ['b', 'a', 'c'],
  nested: { deep: { value: 'x"y' }, list: [1, 2, 3] },
  sender: { name: 'Sam' },
  date: new Date(Date.UTC(2025, 0, 15, 12)),
};

const corpus = [
  'plain text only',
  '{{ name }} {{ city }} {{ missing }} {{ nested.deep.value }} {{ nested["deep"].value }} {{ tags[1] }} {{ tags.first }} {{ tags.last }} {{ tags.size }}',
  '{{ name | upcase | append: "!" }} {{ city | default: "x" }} {{ missing | default: "fallback" }} {{ empty | default: "e" }} {{ flag | default: true, allow_false: true }}',
  '{{ name | append: city }} {{ city | prepend: sender.name }} {{ tags | join: ", " }} {{ tags | sort | first }} {{ "a,b" | split: "," | last }}',
  '{{ rating | plus: 1 }} {{ rating | round }} {{ zero | minus: 2 }} {{ city | size }} {{ city | slice: 0, 3 }} {{ name | truncate: 5 }}',
  '{{ date | date: "%Y-%m-%d" }} {{ name | escape }} {{ name | url_encode }} {{ nested | json }}',
  '{% if city %}a{% endif %}{% if missing %}b{% elsif zero %}c{% else %}d{% endif %}{% if flag %}e{% else %}f{% endif %}{% if empty %}g{% endif %}',
  '{% if city == "Berlin" and rating > 4 %}yes{% endif %}{% if tags contains "a" %}has{% endif %}{% if missing == nil %}nil{% endif %}{% if empty == blank %}blank{% endif %}',
  '{% unless flag %}u1{% endunless %}{% unless city %}u2{% else %}u3{% endunless %}{% unless missing %}u4{% elsif city %}u5{% endunless %}',
  '{% for t in tags %}{{ forloop.index }}:{{ t }}{% unless forloop.last %},{% endunless %}{% endfor %}{% for n in nested.list reversed limit: 2 %}{{ n }}{% else %}none{% endfor %}',
  '{% case city %}{% when "Paris" %}P{% when "Berlin", "Bonn" %}B{% else %}?{% endcase %}',
  '{% assign greeting = "Hi " | append: name %}{{ greeting }}{% capture c %}{{ city }}-{{ rating }}{% endcapture %}[{{ c }}]',
  '{%- if city -%}  trimmed  {%- endif -%} {{- name -}} x',
  '{% raw %}{{ not rendered }}{% endraw %}{% comment %}{{ hidden }}{% endcomment %}{% # inline %}',
  '{% echo name %}{% liquid\n  if city\n    echo city | upcase\n  endif\n%}',
  '{% if city %}{% if rating > 5 %}hi{% elsif rating > 4 %}mid{% endif %}{% for i in (1..3) %}{{ i }}{% endfor %}{% endif %}',
  '{% increment counter %}{% increment counter %}{% decrement other %}',
  '{% for i in (1..5) %}{% if i == 3 %}{% break %}{% endif %}{{ i }}{% endfor %}',
];

function fast(source: string, mode: EscapeMode): string {
  const engine = engineFor(mode);
  const plan = compilePlan(engine.parse(source));
  const emitter = new BufferEmitter();
  runPlan(plan, new Context(structuredClone(scope), engine.options, { sync: true }, { liquid: engine }), emitter);
  return emitter.buffer;
}

function reference(source: string, mode: EscapeMode): string {
  return engineFor(mode).parseAndRenderSync(source, structuredClone(scope));
}

describe('render plan: same output as liquidjs', () => {
  for (const mode of ['html', 'text', 'raw'] as const) {
    for (const source of corpus) {
      it(`${mode}: ${source.slice(0, 70)}`, () => {
        expect(fast(source, mode)).toBe(reference(source, mode));
      });
    }
  }
});
