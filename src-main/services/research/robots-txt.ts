/**
 * robots.txt as RFC 9309 reads it: the group naming our product token wins over `*`; within it
 * the longest matching Allow/Disallow path wins, Allow on a tie; `*` and `$` are wildcards.
 */

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsTxt {
  /** Rules per user-agent token (lowercase), `*` included. */
  groups: Map<string, RobotsRule[]>;
}

export const allowAll: RobotsTxt = { groups: new Map() };
export const disallowAll: RobotsTxt = { groups: new Map([['*', [{ allow: false, pattern: '/' }]]]) };

export function parseRobotsTxt(text: string): RobotsTxt {
  const groups = new Map<string, RobotsRule[]>();
  let agents: string[] = [];
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group; one after rules starts a new group.
      if (!lastWasAgent) agents = [];
      const agent = value.toLowerCase();
      agents.push(agent);
      if (!groups.has(agent)) groups.set(agent, []);
      lastWasAgent = true;
    } else if (key === 'allow' || key === 'disallow') {
      lastWasAgent = false;
      // An empty Disallow means "nothing is disallowed"; it adds no rule.
      if (value === '') continue;
      for (const agent of agents) groups.get(agent)!.push({ allow: key === 'allow', pattern: value });
    } else {
      lastWasAgent = false;
    }
  }
  return { groups };
}

/** `path` is the URL's path plus query, e.g. "/booking?x=1". */
export function isAllowedByRobots(robots: RobotsTxt, productToken: string, path: string): boolean {
  const token = productToken.toLowerCase();
  const rules = robots.groups.get(token) ?? robots.groups.get('*');
  if (!rules) return true;
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    if (best === null || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) {
      best = rule;
    }
  }
  return best === null || best.allow;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => escapeRegExp(normalisePercent(part)))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`).test(normalisePercent(path));
}

// "/caf%C3%A9" and "/café" name the same path; compare both in percent-encoded upper case.
function normalisePercent(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase()).replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
