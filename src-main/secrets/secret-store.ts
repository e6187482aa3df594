/**
 * Encrypts what must never sit on disk in clear (SMTP passwords, API keys, database passwords).
 * The app backs it with Electron safeStorage; the CLI and tests with a key file in the data folder.
 */
export interface SecretStore {
  readonly kind: 'os-keychain' | 'key-file' | 'plain-text-fallback';
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

export const SEALED_PREFIX = 'sealed:';

export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}
