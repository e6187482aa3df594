import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEALED_PREFIX, type SecretStore } from './secret-store';

export function secretKeyPath(dataDir: string): string {
  return join(dataDir, 'secret.key');
}

function loadOrCreateKey(path: string): Buffer {
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`The secret key file ${path} is damaged (expected 32 bytes).`);
    return key;
  }
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  // Readable by the owner only: the key is as sensitive as every password it protects.
  writeFileSync(path, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return key;
}

/** AES-256-GCM with a random key kept in `<dataDir>/secret.key` (mode 0600). */
export function createKeyFileSecretStore(dataDir: string): SecretStore {
  const key = loadOrCreateKey(secretKeyPath(dataDir));
  return {
    kind: 'key-file',
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${SEALED_PREFIX}kf1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(sealed) {
      const prefix = `${SEALED_PREFIX}kf1:`;
      if (!sealed.startsWith(prefix)) throw new Error('This secret was not sealed with the key file of this data folder.');
      const raw = Buffer.from(sealed.slice(prefix.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
