import { safeStorage } from 'electron';
import { SEALED_PREFIX, type SecretStore } from '../secrets/secret-store';
import { createKeyFileSecretStore } from '../secrets/key-file-secret-store';

/**
 * The OS keychain (Keychain, DPAPI, libsecret) through safeStorage. Where Linux has no keyring,
 * safeStorage would store plain text: we fall back to the data folder's key file and say so.
 * Secrets sealed by the key file stay readable either way, so the CLI and the app can share a folder.
 */
export function createElectronSecretStore(dataDir: string): SecretStore {
  const keyFile = createKeyFileSecretStore(dataDir);
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  const keychain = safeStorage.isEncryptionAvailable() && backend !== 'basic_text';
  if (!keychain) return { ...keyFile, kind: 'plain-text-fallback' };
  return {
    kind: 'os-keychain',
    encrypt(plain) {
      return `${SEALED_PREFIX}os1:${safeStorage.encryptString(plain).toString('base64')}`;
    },
    decrypt(sealed) {
      const prefix = `${SEALED_PREFIX}os1:`;
      if (sealed.startsWith(prefix)) return safeStorage.decryptString(Buffer.from(sealed.slice(prefix.length), 'base64'));
      return keyFile.decrypt(sealed);
    },
  };
}
