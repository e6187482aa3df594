import type { SecretsStatus } from '../../src-shared/contract/smtp';
import type { AppContext } from '../context';
import type { DomainHandlers } from '../rpc/handlers-for';
import type { SecretStore } from '../secrets/secret-store';
import { nodemailerTransport } from '../services/sending/smtp-transport';
import { sendTestEmail, testAccountConnection } from '../services/smtp-accounts/check-account';
import { listAccounts } from '../services/smtp-accounts/list-accounts';
import { createAccount, deleteAccount, endRest, updateAccount } from '../services/smtp-accounts/save-account';

const transportOf = (ctx: AppContext) => ctx.createTransport ?? nodemailerTransport;

function changed(ctx: AppContext) {
  ctx.events.emit('sending.changed', {});
  ctx.sendingEngine?.wake();
}

export const smtpHandlers: DomainHandlers<'smtp'> = {
  'smtp.list': (_input, ctx) => listAccounts(ctx.db, ctx.clock.now()),
  'smtp.create': async (input, ctx) => {
    const account = await createAccount(ctx.db, ctx.secrets, ctx.clock.now(), input);
    changed(ctx);
    return account;
  },
  'smtp.update': async ({ id, ...changes }, ctx) => {
    const account = await updateAccount(ctx.db, ctx.secrets, ctx.clock.now(), id, changes);
    changed(ctx);
    return account;
  },
  'smtp.delete': async ({ id }, ctx) => {
    const result = await deleteAccount(ctx.db, id);
    changed(ctx);
    return result;
  },
  'smtp.testConnection': ({ id }, ctx) => testAccountConnection(ctx.db, ctx.secrets, transportOf(ctx), id),
  'smtp.sendTest': ({ id, to }, ctx) => sendTestEmail(ctx.db, ctx.secrets, transportOf(ctx), ctx.clock, id, to),
  'smtp.endRest': async ({ id }, ctx) => {
    const account = await endRest(ctx.db, id, ctx.clock.now());
    changed(ctx);
    return account;
  },
};

export function describeSecretStore(secrets: SecretStore): SecretsStatus {
  if (secrets.kind === 'os-keychain') {
    return { kind: secrets.kind, message: "Passwords are encrypted with your system's keychain." };
  }
  if (secrets.kind === 'plain-text-fallback') {
    return {
      kind: secrets.kind,
      message:
        'This system has no keyring (no GNOME Keyring or KWallet), so passwords are encrypted with a key file in your data folder. ' +
        'Anyone who can read that folder can read them.',
    };
  }
  return { kind: secrets.kind, message: 'Passwords are encrypted with the key file in this data folder (readable by you only).' };
}

export const secretsHandlers: DomainHandlers<'secrets'> = {
  'secrets.status': (_input, ctx) => describeSecretStore(ctx.secrets),
};
