import { describe, expect, it } from 'vitest';
import { detectPricing } from './detect-pricing';
import { parsePage } from './parse-page';
import { moneyPattern } from './rules';

const pricing = (body: string, url = 'https://salon.example/') => detectPricing(parsePage(`<html><body>${body}</body></html>`, url));

describe('detectPricing', () => {
  it.each([
    ['€35', '€35'],
    ['35 €', '35 €'],
    ['ab 45 €', '45 €'],
    ['€ 42,50', '€ 42,50'],
    ['$1,200', '$1,200'],
    ['2.900 €', '2.900 €'],
    ['35 - 45 €', '35 - 45 €'],
    ['EUR 30', 'EUR 30'],
    ['12 Euro', '12 Euro'],
    ['Pilates 1:1 £65', '£65'],
  ])('reads the amount in "%s"', (text, amount) => {
    expect(text.match(moneyPattern)).toEqual([amount]);
  });

  it('finds a price table and names its rows', () => {
    const found = pricing(
      '<table><tr><td>Herrenhaarschnitt</td><td>29 €</td></tr><tr><td>Damenhaarschnitt</td><td>ab 49 €</td></tr></table>',
    );
    expect(found.detail).toBe('price list with 2 priced items');
    expect(found.pricedItems).toEqual(['Herrenhaarschnitt', 'Damenhaarschnitt']);
  });

  it('names a menu card by its title, not its description', () => {
    const found = pricing(
      '<div class="menu-item"><h4>Grilled octopus</h4><p>Lemon, capers</p><span class="price">$19</span></div><div class="menu-item"><h4>Baklava</h4><p>Honey</p><span class="price">$12</span></div>',
    );
    expect(found.pricedItems).toEqual(['Grilled octopus', 'Baklava']);
  });

  it('does not take prose with prices, or a navigation list, for a price list', () => {
    expect(pricing('<p>Haircuts from $25, colour from $80 depending on length.</p>').detail).toBeNull();
    expect(pricing('<nav><ul><li>Gift cards $50</li><li>Gift cards $100</li></ul></nav>').detail).toBeNull();
  });

  it('accepts a page that calls itself a price list and shows any amount', () => {
    expect(pricing('<h1>Tarifs</h1><p>Coupe homme 32 €</p>', 'https://salon.example/tarifs').detail).toBe('"tarifs" page with prices');
  });
});
