import { describe, expect, it } from 'vitest';
import { detectCalendar } from './detect-calendar';
import { parsePage } from './parse-page';

const calendar = (body: string) => detectCalendar(parsePage(`<html><body>${body}</body></html>`, 'https://studio.example/'));

describe('detectCalendar', () => {
  it('finds an embedded Google Calendar', () => {
    expect(calendar('<iframe src="https://calendar.google.com/calendar/embed?src=studio%40gmail.com"></iframe>')).toBe(
      'Google Calendar embed',
    );
  });

  it('finds calendar and date-picker widgets by class or id', () => {
    expect(calendar('<div id="calendar" class="fc fc-media-screen"></div>')).toBe('calendar widget (calendar)');
    expect(calendar('<div class="flatpickr-calendar inline"></div>')).toBe('calendar widget (flatpickr-calendar)');
  });

  it('ignores calendar icons', () => {
    expect(
      calendar('<i class="fa fa-calendar"></i> <span class="icon-calendar"></span> <div class="fas fa-calendar-alt"></div>'),
    ).toBeNull();
  });
});
