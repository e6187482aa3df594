import { describe, expect, it } from 'vitest';
import { detectForms } from './detect-forms';
import { parsePage } from './parse-page';

const forms = (body: string) => detectForms(parsePage(`<html><body>${body}</body></html>`, 'https://salon.example/'));

describe('detectForms', () => {
  it('finds a contact form by its message box', () => {
    expect(
      forms('<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>'),
    ).toEqual({
      appointmentForm: null,
      contactForm: 'contact form with a message field',
    });
  });

  it('finds an appointment form by a date input', () => {
    expect(forms('<form><input name="name"><input type="tel" name="phone"><input type="date" name="d"></form>').appointmentForm).toBe(
      'form with a date field',
    );
  });

  it.each([
    ['<label for="w">Wunschtermin</label><input id="w" name="feld3">', 'wunschtermin'],
    ['<input name="fecha_cita" placeholder="dd/mm">', 'fecha'],
    ['<input name="preferredTime">', 'time'],
    ['<label>Date souhaitée <input name="f4"></label>', 'date'],
    ['<input name="data_appuntamento">', 'appuntamento'],
  ])('finds an appointment form by a field named or labelled %s', (field, word) => {
    expect(forms(`<form><input name="name">${field}<textarea name="msg"></textarea></form>`).appointmentForm).toBe(
      `form asking for "${word}"`,
    );
  });

  it('is not fooled by consent text that mentions time', () => {
    expect(
      forms(
        '<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea><label><input type="checkbox"> I agree that my details may be stored. You can withdraw your consent at any time.</label></form>',
      ).appointmentForm,
    ).toBeNull();
  });

  it.each([
    [
      'a newsletter sign-up',
      '<form class="newsletter-signup" action="https://x.list-manage.com/subscribe/post"><input type="email" name="EMAIL"><button>Subscribe</button></form>',
    ],
    ['a search box', '<form role="search" action="/"><input type="search" name="s"><input type="submit" value="Search"></form>'],
    ['a login form', '<form><input type="email" name="user"><input type="password" name="pw"><input name="x"></form>'],
  ])('does not take %s for a contact form', (_what, html) => {
    expect(forms(html)).toEqual({ appointmentForm: null, contactForm: null });
  });

  it('counts an embedded form service as a contact form', () => {
    expect(forms('<iframe src="https://form.jotform.com/231234567890"></iframe>').contactForm).toBe('Jotform embed');
    expect(forms('<iframe src="https://docs.google.com/forms/d/e/1FAIpQL/viewform?embedded=true"></iframe>').contactForm).toBe(
      'Google Forms embed',
    );
  });
});
