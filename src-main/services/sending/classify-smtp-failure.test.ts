import { describe, expect, it } from 'vitest';
import { classifySmtpFailure } from './classify-smtp-failure';

describe('classifySmtpFailure', () => {
  it('calls a missing reply after the body "unknown", and before it a connection problem', () => {
    const dropped = { code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' };
    expect(classifySmtpFailure(dropped, true).kind).toBe('unknown');
    expect(classifySmtpFailure(dropped, false)).toMatchObject({ kind: 'account', reason: 'connection' });
    expect(classifySmtpFailure({ code: 'ETIMEDOUT', command: 'CONN', message: 'Timeout' }, true).kind).toBe('unknown');
  });
  it('reads recipient, quota, auth and service replies', () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 5.1.1 No such user' }, false).kind).toBe('bounced');
    expect(classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451, response: '451 4.7.1 Greylisted' }, false).kind).toBe('retry');
    expect(classifySmtpFailure({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 550, response: '550 5.4.5 Daily sending quota exceeded' }, false)).toMatchObject({ reason: 'quota' });
    expect(classifySmtpFailure({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, response: '535 5.7.8 Bad credentials' }, false)).toMatchObject({ reason: 'authentication' });
    expect(classifySmtpFailure({ code: 'EPROTOCOL', command: 'CONN', responseCode: 421, response: '421 4.7.0 Try later' }, false)).toMatchObject({ reason: 'unavailable' });
    // A definite answer after the body is not "unknown": the server said no.
    expect(classifySmtpFailure({ code: 'EMESSAGE', command: 'DATA', responseCode: 554, response: '554 5.7.1 Spam' }, true).kind).toBe('rejected');
    expect(classifySmtpFailure({ code: 'EMESSAGE', command: 'DATA', responseCode: 451, response: '451 4.3.0 Local error' }, true).kind).toBe('retry');
  });
});
