import type { SecretStore } from '../../secrets/secret-store';

/**
 * An SMTP password is stored as one or more seals, one per line of smtp_config.password: the
 * app's (OS keychain) and, when the user ran `outreach-desk smtp set-password` on an always-on
 * machine, that machine's (its data folder's key file). Each process opens the first seal its own
 * SecretStore can open, so the password never sits in clear and both can send.
 */
export function sealPassword(secrets: SecretStore, plain: string): string {
  return secrets.encrypt(plain);
}

/** Adds this store's seal beside the others (same password, another machine), replacing one it could already open. */
export function addSeal(secrets: SecretStore, existing: string | null, plain: string): string {
  const others = splitSeals(existing).filter((seal) => tryOpen(secrets, seal) === null);
  return [...others, secrets.encrypt(plain)].join('\n');
}

export function splitSeals(stored: string | null): string[] {
  return (stored ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
}

function tryOpen(secrets: SecretStore, seal: string): string | null {
  try {
    return secrets.decrypt(seal);
  } catch {
    return null;
  }
}

/** The password, or null when none is set; throws when one is set but none of its seals opens here. */
export function openPassword(secrets: SecretStore, stored: string | null): string | null {
  const seals = splitSeals(stored);
  if (seals.length === 0) return null;
  for (const seal of seals) {
    const plain = tryOpen(secrets, seal);
    if (plain !== null) return plain;
  }
  throw new PasswordLockedError();
}

export class PasswordLockedError extends Error {
  constructor() {
    super(
      'The password of this account was saved on another machine (sealed with its keychain or key file) and cannot be opened here. ' +
        'Run `outreach-desk smtp set-password NAME` on this machine, or type it again in the app.',
    );
    this.name = 'PasswordLockedError';
  }
}
