import { describe, expect, it } from 'vitest';
import { isAllowedByRobots, parseRobotsTxt } from './robots-txt';

const allowed = (robots: string, path: string): boolean => isAllowedByRobots(parseRobotsTxt(robots), 'OutreachDeskBot', path);

describe('robots.txt', () => {
  it('uses our own group over the * group', () => {
    const robots = 'User-agent: *\nDisallow: /\n\nUser-agent: outreachdeskbot\nDisallow: /private/\n';
    expect(allowed(robots, '/')).toBe(true);
    expect(allowed(robots, '/private/x')).toBe(false);
  });

  it('falls back to * and treats a missing group as allow-all', () => {
    expect(allowed('User-agent: *\nDisallow: /intern/', '/intern/a')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /intern/', '/kontakt')).toBe(true);
    expect(allowed('User-agent: Googlebot\nDisallow: /', '/')).toBe(true);
    expect(allowed('', '/')).toBe(true);
  });

  it('lets the longest match win, and Allow win a tie', () => {
    const robots = 'User-agent: *\nDisallow: /shop\nAllow: /shop/contact\nDisallow: /a\nAllow: /a';
    expect(allowed(robots, '/shop/cart')).toBe(false);
    expect(allowed(robots, '/shop/contact')).toBe(true);
    expect(allowed(robots, '/a')).toBe(true);
  });

  it('understands * and $ and ignores comments and blank Disallow', () => {
    const robots = '# hello\nUser-agent: *\nDisallow: /*.pdf$\nDisallow: /*?sessionid=\nDisallow:\n';
    expect(allowed(robots, '/prices.pdf')).toBe(false);
    expect(allowed(robots, '/prices.pdf?x=1')).toBe(true);
    expect(allowed(robots, '/page?sessionid=3')).toBe(false);
    expect(allowed(robots, '/page')).toBe(true);
  });

  it('groups consecutive user-agent lines', () => {
    const robots = 'User-agent: a\nUser-agent: OutreachDeskBot\nDisallow: /x\nUser-agent: b\nDisallow: /';
    expect(allowed(robots, '/x')).toBe(false);
    expect(allowed(robots, '/y')).toBe(true);
  });

  it('always allows robots.txt itself', () => {
    expect(allowed('User-agent: *\nDisallow: /', '/robots.txt')).toBe(true);
  });
});
