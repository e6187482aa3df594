import { describe, expect, it } from 'vitest';
import { detectBookingTools } from './detect-booking-tools';
import { parsePage } from './parse-page';
import { bookingTools } from './rules';

const detect = (body: string, head = ''): string[] =>
  detectBookingTools(parsePage(`<html><head>${head}</head><body>${body}</body></html>`, 'https://salon.example/book'))
    .map((h) => `${h.toolId}:${h.kind}`)
    .sort();

describe('detectBookingTools', () => {
  it('finds an inline Calendly widget as an embed', () => {
    expect(
      detect(
        '<div class="calendly-inline-widget" data-url="https://calendly.com/jane/30min"></div><script src="https://assets.calendly.com/assets/external/widget.js" async></script>',
      ),
    ).toEqual(['calendly:embed']);
  });

  it('finds a popup link hidden in an onclick handler', () => {
    expect(detect(`<a href="" onclick="Calendly.initPopupWidget({url: 'https://calendly.com/jane'});return false;">Schedule</a>`)).toEqual([
      'calendly:link',
    ]);
  });

  it('reads protocol-relative and lazy-loaded sources', () => {
    expect(detect('<script src="//widget.simplybook.me/v2/widget/widget.js"></script>')).toEqual(['simplybook:embed']);
    expect(detect('<iframe data-src="https://www.vagaro.com/us02/serenity/book-now"></iframe>')).toEqual(['vagaro:embed']);
  });

  it('finds the URL a loader keeps in its own attribute', () => {
    expect(
      detect(
        '<script src="https://d3ey4dbjkt2f6s.cloudfront.net/x.js" form_url="https://clienthub.getjobber.com/client_hubs/abc/public/work_request/embedded_work_request_form"></script>',
      ),
    ).toEqual(['jobber:embed']);
  });

  it('counts a tenant subdomain as a booking page even at its root', () => {
    expect(detect('<a href="https://maplechiro.janeapp.com/">Book</a>')).toEqual(['jane:link']);
    expect(detect('<a href="https://salonx.setmore.com">Book</a>')).toEqual(['setmore:link']);
  });

  describe('ignores mentions that are not a booking tool in use', () => {
    it.each([
      ['text only', '<p>We compared Calendly, Acuity and calendly.com/pricing last week.</p>'],
      [
        'an embed code shown as text',
        '<pre>&lt;script src="https://assets.calendly.com/assets/external/widget.js"&gt;&lt;/script&gt;</pre>',
      ],
      ['an embed in an HTML comment', '<!-- <script src="https://assets.calendly.com/assets/external/widget.js"></script> -->'],
      ['a URL inside inline JavaScript', '<script>var old = "https://assets.calendly.com/assets/external/widget.js";</script>'],
      ['the vendor home page', '<a href="https://calendly.com">Calendly</a> <a href="https://www.setmore.com/">Setmore</a>'],
      ['the vendor blog', '<a href="https://calendly.com/blog/scheduling-tips">tips</a> <a href="https://calendly.com/fr/blog/rdv">fr</a>'],
      [
        'vendor pricing and pro pages',
        '<a href="https://www.getjobber.com/pricing/">Jobber</a> <a href="https://www.planity.com/pro">Planity pro</a> <a href="https://www.vagaro.com/pro/salon-software">Vagaro</a>',
      ],
      [
        'vendor help sites',
        '<a href="https://help.calendly.com/hc/en-us">help</a> <a href="https://support.fresha.com/hc/en-us/articles/1">support</a>',
      ],
      [
        'look-alike host names',
        '<a href="https://calendly.com.evil.example/jane">x</a> <a href="https://notcalendly.com/jane">y</a> <a href="https://calendly-com.net/jane">z</a>',
      ],
      [
        'a vendor name in the path of another host',
        '<a href="https://example.org/calendly.com/jane">x</a> <script src="https://cdn.example.net/acuityscheduling.com/embed.js"></script>',
      ],
      [
        'Square links that are not appointments',
        '<a href="https://squareup.com/gift/MLAB12/order">Gift card</a> <a href="https://squareup.com/us/en/point-of-sale">POS</a>',
      ],
      ['HubSpot assets that are not the meetings embed', '<script src="https://static.hsappstatic.net/forms/embed/v2.js"></script>'],
      ['an Outlook link that is not Bookings', '<a href="https://outlook.office365.com/mail/">mail</a>'],
      ['a Wix site without booking pages', '<a href="/book-online">Book</a>'],
    ])('%s', (_case, body) => {
      expect(detect(body)).toEqual([]);
    });
  });

  it('tells Square Appointments by its path', () => {
    expect(detect('<a href="https://book.squareup.com/appointments/7kq2x9m4b1/location/LQ8X/services">Book</a>')).toEqual(['square:link']);
    expect(detect('<a href="https://app.squareup.com/appointments/book/7kq2x9m4b1/LQ8X/start">Book</a>')).toEqual(['square:link']);
  });

  it('tells HubSpot Meetings, Microsoft Bookings and Google appointment schedules by host and path', () => {
    expect(detect('<script src="https://static.hsappstatic.net/MeetingsEmbed/ex/MeetingsEmbedCode.js"></script>')).toEqual([
      'hubspot-meetings:embed',
    ]);
    expect(detect('<a href="https://outlook.office365.com/owa/calendar/Salon@salon.example/bookings/">Book</a>')).toEqual([
      'microsoft-bookings:link',
    ]);
    expect(detect('<a href="https://calendar.app.google/X7mQp2Lk9vT4sB3z8">Book</a>')).toEqual(['google-appointments:link']);
  });

  it('finds Wix Bookings from the generator tag and the booking pages', () => {
    expect(
      detect(
        '<a href="/book-online">Book</a> <a href="/service-page/cut">Cut</a>',
        '<meta name="generator" content="Wix.com Website Builder">',
      ),
    ).toEqual(['wix-bookings:link']);
  });

  it('has unique rule ids and a name for each', () => {
    const ids = bookingTools.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bookingTools.every((t) => t.name && (t.hosts.length > 0 || t.platform))).toBe(true);
    expect(bookingTools.length).toBeGreaterThanOrEqual(30);
  });
});
