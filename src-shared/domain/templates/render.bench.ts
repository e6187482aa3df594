// render.rate: personalised emails (subject + text + HTML) per second from one compiled template.
// Run: npm run bench -- render
import { reportFigure } from '../../../src-main/testing/bench';
import { compileTemplate, renderEmail, type TemplateLead, type TemplateSender } from './index';

const RENDERS = 100_000;
const WARM_UP = 10_000;

const paragraph =
  'Most studios we talk to lose two or three bookings a week to phone tag: a client calls while you are ' +
  'with someone else, leaves no message, and books elsewhere. A booking page that fills your calendar on its own fixes that.';

const source = {
  subject: '{Quick question|An idea|A thought} for {{ companyName }}',
  bodyHtml: `<p>{Hi|Hello|Hey} {{ firstName | default: "there" }},</p>
<p>I came across {{ companyName }}{% if city %} while looking at {{ industry | downcase | default: "businesses" }} in {{ city }}{% endif %} and {had a look at|spent a few minutes on} <a href="https://{{ companyDomain | default: "example.com" }}">your website</a>.</p>
<p>${paragraph}</p>
<ul>
  <li>Clients book {themselves|online}, day or night</li>
  <li>Reminders cut no-shows by {a third|30%}</li>
  <li>It works with {{ currentBookingTool | default: "the calendar you already use" }}</li>
</ul>
<p>${paragraph}</p>
<p>Setting it up takes an afternoon: I connect it to your calendar, match your opening hours and prices, and hand you a page you can link from Instagram, Google Maps and your website.</p>
<p>No new app for your clients, no monthly fee per seat, and you keep your existing calendar{% if currentBookingTool %} and {{ currentBookingTool }}{% endif %}.</p>
{% if googleRating %}<p>With a {{ googleRating }} rating on Google, you clearly look after your clients.</p>{% endif %}
<p>{Would you be open to|Are you up for|Could we do} a 15-minute call {next week|this week}? {Just reply to this email|A one-line reply is enough}.</p>
<p>{Best|Cheers|Thanks},<br>{{ sender.name }}<br>{{ sender.signature }}</p>
<p style="font-size:12px;color:#888">Not interested? Reply "no" and I will not write again.</p>`,
};
const template = compileTemplate(source);

const firstNames = ['Anna', 'JOHN', 'maría', 'Dr. Li Wei', 'Herr Müller', 'Zoë', 'محمد علي', "O'NEIL", '', 'Jean-Pierre Dupont'];
const cities = ['Paris', 'Berlin', '', 'Lyon', 'Köln', 'Madrid', null, 'Tel Aviv'];
const industries = ['Dental', 'Beauty Salon', 'Physiotherapy', 'Yoga Studio', ''];

function syntheticLead(i: number): TemplateLead {
  const name = firstNames[i % firstNames.length]!;
  return {
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    companyName: `${['Acme', 'Smile & Co', 'Zen <Studio>', 'Praxis Weber'][i % 4]} ${i}`,
    contactName: name ? `${name} ${['Smith', 'Weber', 'García'][i % 3]}` : null,
    email: `contact${i}@example${i % 50}.com`,
    website: i % 7 === 0 ? null : `https://www.example${i % 50}.com/`,
    city: cities[i % cities.length],
    industry: industries[i % industries.length],
    googleRating: i % 3 === 0 ? 4.5 : null,
    currentBookingTool: i % 5 === 0 ? 'Calendly' : null,
    customFields: { source: 'maps' },
  };
}

const sender: TemplateSender = {
  name: 'Sam Freelancer',
  email: 'sam@example.org',
  signature: 'Booking pages for studios\nsam.example.org',
};
const leads = Array.from({ length: RENDERS }, (_, i) => syntheticLead(i));

let sink = 0;
for (let i = 0; i < WARM_UP; i++) sink += renderEmail(template, leads[i]!, sender).html.length;
const sample = renderEmail(template, leads[1]!, sender);

const cpuStarted = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < RENDERS; i++) {
  const email = renderEmail(template, leads[i]!, sender);
  sink += email.subject.length + email.text.length + email.html.length;
}
const elapsed = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / 1000;

// cpuMs next to the wall-clock figure: on a busy machine the two part ways.
const extra = {
  templateHtmlBytes: source.bodyHtml.length,
  renderedHtmlBytes: sample.html.length,
  renderedTextBytes: sample.text.length,
  cpuMs: Math.round(cpuMs),
  sink,
};
reportFigure('render.rate', RENDERS / (elapsed / 1000), 'renders/s', extra);
reportFigure('render.100k', elapsed, 'ms');
