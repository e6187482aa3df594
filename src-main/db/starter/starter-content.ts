// The templates and sequences a new database starts with. Written into migration
// 0007_starter_content.sql by scripts/starter-content-sql.ts (a migration runs once on both back
// ends, and users may then edit or delete every row); starter-content.test.ts checks that the
// migration still matches this file and that every template compiles.

export interface StarterTemplate {
  id: string;
  name: string;
  description: string;
  category: 'initial_outreach' | 'follow_up' | 'meeting_request' | 'introduction' | 'product_demo' | 'partnership' | 'general' | 'other';
  industry: string | null;
  followUpStage: string | null;
  isDefault: boolean;
  subject: string;
  bodyHtml: string;
}

export interface StarterSequence {
  id: string;
  name: string;
  description: string;
  industry: string | null;
  aiInstructions: string | null;
  /** Step n uses template templateIds[n]; days after the previous step; later steps reply in the thread. */
  steps: { templateId: string; daysAfterPrevious: number; sendAsReply: boolean }[];
}

const p = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const signOff = '<p>Best,<br>{{sender.name}}</p>';

export const starterTemplates: StarterTemplate[] = [
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000001',
    name: 'Short introduction',
    description: 'A first email: who you are, one reason you are writing to them, one question.',
    category: 'initial_outreach',
    industry: null,
    followUpStage: null,
    isDefault: true,
    subject: 'Quick question about {{companyName}}',
    bodyHtml:
      p(
        '{Hi|Hello} {{firstName | default: "there"}},',
        'I came across {{companyName}}{% if city %} while looking at businesses in {{city}}{% endif %} and had a quick question.',
        'I help small teams like yours win back the hours that go into admin, so more of the week goes to paying work. Is that something you are working on this year, or is it not a priority right now?',
        'Either answer is useful to me.',
      ) + signOff,
  },
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000002',
    name: 'Follow-up (day 3)',
    description: 'A short nudge in the same thread, adding one useful detail.',
    category: 'follow_up',
    industry: null,
    followUpStage: 'follow_up_1',
    isDefault: true,
    subject: 'Following up: {{companyName}}',
    bodyHtml:
      p(
        'Hi {{firstName | default: "there"}},',
        'Just bringing this back to the top of your inbox. To make it concrete: most people I work with save two to four hours a week within the first month, without changing how they work with their clients.',
        'Would a 15-minute call next week be worth it to see if the same applies to {{companyName}}?',
      ) + signOff,
  },
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000003',
    name: 'Break-up (last email)',
    description: 'Closes the loop politely and leaves the door open.',
    category: 'follow_up',
    industry: null,
    followUpStage: 'follow_up_2',
    isDefault: false,
    subject: 'Should I close your file?',
    bodyHtml:
      p(
        'Hi {{firstName | default: "there"}},',
        'I have not heard back, which usually means the timing is wrong or this is not a fit. Both are fine.',
        'I will stop writing after this one. If things change at {{companyName}}, just reply to this email and I will pick it up from there.',
        'Thanks for reading.',
      ) + signOff,
  },
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000004',
    name: 'Meeting request',
    description: 'Asks for a short call with two concrete time slots.',
    category: 'meeting_request',
    industry: null,
    followUpStage: null,
    isDefault: true,
    subject: '15 minutes next week, {{firstName | default: "quick question"}}?',
    bodyHtml:
      p(
        'Hi {{firstName | default: "there"}},',
        'Would you have 15 minutes next week for a short call? I would like to show you how I could help {{companyName}}, and hear what matters most to you at the moment.',
        'Tuesday or Thursday morning both work on my side. If neither suits you, send me a time that does and I will make it work.',
      ) + signOff,
  },
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000005',
    name: 'Partnership idea',
    description: 'Proposes working together with a business that serves the same clients.',
    category: 'partnership',
    industry: null,
    followUpStage: null,
    isDefault: true,
    subject: 'An idea for {{companyName}} and me',
    bodyHtml:
      p(
        'Hi {{firstName | default: "there"}},',
        'We seem to serve the same kind of clients{% if city %} in {{city}}{% endif %}, without competing for the same work. I think we could send each other good referrals.',
        'A simple start: we each mention the other when a client asks for something we do not do. No contract, no fees, and we see after three months whether it helped.',
        'Open to a short call about it?',
      ) + signOff,
  },
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000006',
    name: 'Online booking for local businesses',
    description: 'For salons, clinics, studios and trades: pitches online booking, adapting to what the business already uses.',
    category: 'product_demo',
    industry: 'local services',
    followUpStage: null,
    isDefault: true,
    subject: 'Bookings for {{companyName}} outside opening hours',
    bodyHtml:
      p(
        'Hi {{firstName | default: "there"}},',
        '{% if currentBookingTool %}I noticed you take bookings through {{currentBookingTool}}. Many of the businesses I work with switched from it because of the fees on every appointment and the clients who never show up.{% else %}I looked at your website and could not find a way to book online, so new clients have to call during opening hours. Many of them will not, especially in the evening when they think about it.{% endif %}',
        '{% if googleReviewCount > 20 %}With {{googleReviewCount}} reviews on Google, people clearly like what you do; letting them book in two taps would turn more of those visits into appointments.{% else %}Letting people book in two taps, at any hour, usually brings in a few extra appointments a week.{% endif %}',
        'I set this up for local businesses in a day, with reminders that cut no-shows. Would you like me to send a short demo made for {{companyName}}?',
      ) + signOff,
  },
  {
    id: '5a1e0001-7e3b-4c1a-9a11-000000000007',
    name: 'Warm introduction',
    description: 'When you have a real connection to mention: a client, an event, a mutual contact.',
    category: 'introduction',
    industry: null,
    followUpStage: null,
    isDefault: true,
    subject: 'Introduction: {{sender.name}} / {{companyName}}',
    bodyHtml:
      p(
        'Hi {{firstName | default: "there"}},',
        'I am {{sender.name}}, and I work with businesses like {{companyName}}{% if industry %} in {{industry}}{% endif %}. [Say how you heard of them: a client, an event, a mutual contact.]',
        'I will keep this short: I think I could help with [one specific thing]. If it sounds useful, I am happy to share how I did it for a similar business.',
        'Either way, glad to be in touch.',
      ) + signOff,
  },
];

export const starterSequences: StarterSequence[] = [
  {
    id: '5a1e0002-7e3b-4c1a-9a11-000000000001',
    name: 'Introduction and two follow-ups',
    description: 'An introduction, a nudge on day 3 and a polite last email on day 8, all in one thread.',
    industry: null,
    aiInstructions: null,
    steps: [
      { templateId: starterTemplates[0]!.id, daysAfterPrevious: 0, sendAsReply: false },
      { templateId: starterTemplates[1]!.id, daysAfterPrevious: 3, sendAsReply: true },
      { templateId: starterTemplates[2]!.id, daysAfterPrevious: 5, sendAsReply: true },
    ],
  },
  {
    id: '5a1e0002-7e3b-4c1a-9a11-000000000002',
    name: 'Online booking for local businesses',
    description: 'The booking pitch, a follow-up on day 3 and a last email on day 8.',
    industry: 'local services',
    aiInstructions: 'Plain, friendly tone. Mention the business by name and one concrete detail from its website or reviews. No hype.',
    steps: [
      { templateId: starterTemplates[5]!.id, daysAfterPrevious: 0, sendAsReply: false },
      { templateId: starterTemplates[1]!.id, daysAfterPrevious: 3, sendAsReply: true },
      { templateId: starterTemplates[2]!.id, daysAfterPrevious: 5, sendAsReply: true },
    ],
  },
];
