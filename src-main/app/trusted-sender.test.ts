import { describe, expect, it } from 'vitest';
import { isExternalLinkAllowed, isTrustedPageUrl } from './trusted-sender';

const production = { indexFileUrl: 'file:///opt/Outreach%20Desk/resources/app.asar/out/renderer/index.html' };
const development = { ...production, devServerUrl: 'http://localhost:5173/' };

describe('isTrustedPageUrl', () => {
  it('trusts the app page itself, with any route', () => {
    expect(isTrustedPageUrl('file:///opt/Outreach%20Desk/resources/app.asar/out/renderer/index.html', production)).toBe(true);
    expect(isTrustedPageUrl('file:///opt/Outreach%20Desk/resources/app.asar/out/renderer/index.html#/leads', production)).toBe(true);
    expect(isTrustedPageUrl('http://localhost:5173/#/settings', development)).toBe(true);
  });

  it.each([
    ['another local file', 'file:///tmp/evil/index.html'],
    ['a sibling file', 'file:///opt/Outreach%20Desk/resources/app.asar/out/renderer/evil.html'],
    ['the path hidden in a query', 'file:///tmp/x.html?/opt/Outreach%20Desk/resources/app.asar/out/renderer/index.html'],
    ['a path traversal', 'file:///opt/Outreach%20Desk/resources/app.asar/out/renderer/../../evil/index.html'],
    ['a remote host over file:', 'file://evil.example/opt/Outreach%20Desk/resources/app.asar/out/renderer/index.html'],
    ['a web page', 'https://evil.example/'],
    ['the dev server origin in production', 'http://localhost:5173/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['an empty string', ''],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedPageUrl(url, production)).toBe(false);
  });

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['a look-alike host', 'http://localhost.evil.example:5173/'],
    ['credentials in the URL', 'http://evil@localhost:5173/'],
    ['the dev origin as a subdomain', 'http://localhost:5173.evil.example/'],
    ['https instead of http', 'https://localhost:5173/'],
  ])('in development refuses %s', (_label, url) => {
    expect(isTrustedPageUrl(url, development)).toBe(false);
  });
});

describe('isExternalLinkAllowed', () => {
  it('opens http and https links only', () => {
    expect(isExternalLinkAllowed('https://calendly.com/me')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'https://user:pw@example.com', 'nonsense']) {
      expect(isExternalLinkAllowed(url)).toBe(false);
    }
  });
});
