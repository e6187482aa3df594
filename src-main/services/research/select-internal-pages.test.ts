import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page';
import { selectInternalPages, siteOf } from './select-internal-pages';

const select = (links: string, url = 'https://www.salon.example/') =>
  selectInternalPages(parsePage(`<html><body>${links}</body></html>`, url), 5).map((c) => `${c.topic} ${new URL(c.url).pathname}`);

describe('selectInternalPages', () => {
  it.each([
    [
      'de',
      '<a href="/kontakt/">Kontakt</a><a href="/online-termin/">Online-Termin</a><a href="/preise/">Preise</a><a href="/ueber-uns/">Über uns</a>',
    ],
    [
      'fr',
      '<a href="/contact">Contact</a><a href="/rdv">Prendre rendez-vous</a><a href="/tarifs">Nos tarifs</a><a href="/a-propos">À propos</a>',
    ],
    [
      'es',
      '<a href="/contacto">Contacto</a><a href="/pedir-cita">Pedir cita</a><a href="/precios">Precios</a><a href="/sobre-nosotros">Sobre nosotros</a>',
    ],
    [
      'nl',
      '<a href="/contact">Contact</a><a href="/afspraak-maken">Afspraak maken</a><a href="/prijzen">Prijzen</a><a href="/over-ons">Over ons</a>',
    ],
    ['it', '<a href="/contatti">Contatti</a><a href="/prenota">Prenota</a><a href="/prezzi">Prezzi</a><a href="/chi-siamo">Chi siamo</a>'],
    ['en', '<a href="/contact-us">Contact us</a><a href="/book">Book now</a><a href="/pricing">Pricing</a><a href="/about">About</a>'],
  ])('picks booking, contact, pricing, about in %s', (_lang, links) => {
    expect(select(links).map((c) => c.split(' ')[0])).toEqual(['booking', 'contact', 'pricing', 'about']);
  });

  it('stays on the registrable site, skips files and the home page itself', () => {
    expect(
      select(
        '<a href="https://booking.salon.example/termin">Termin</a><a href="https://other.example/contact">Contact</a><a href="/preise.pdf">Preise</a><a href="/">Home</a><a href="/#contact">Contact</a><a href="mailto:x@y.de">Kontakt</a>',
      ),
    ).toEqual(['booking /termin']);
  });

  it('takes one page per topic before a second page of any topic', () => {
    const picked = select(
      '<a href="/book-a">Book</a><a href="/book-b">Book</a><a href="/book-c">Book</a><a href="/contact">Contact</a><a href="/team">Team</a>',
    );
    expect(picked).toEqual(['booking /book-a', 'contact /contact', 'team /team', 'booking /book-b', 'booking /book-c']);
  });

  it('treats subdomains of a shared host as separate sites', () => {
    expect(siteOf('salon.wixsite.com')).not.toBe(siteOf('other.wixsite.com'));
    expect(siteOf('www.salon.co.uk')).toBe(siteOf('book.salon.co.uk'));
  });
});
