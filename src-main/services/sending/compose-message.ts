import MailComposer from 'nodemailer/lib/mail-composer';

export interface OutgoingMessage {
  messageId: string;
  date: Date;
  from: { name: string | null; address: string };
  to: { name: string | null; address: string };
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  /** The Message-ID this one answers (a sequence step sent as a reply). */
  inReplyTo: string | null;
}

/** `<id@sender-domain>`: Message-IDs on the sender's own domain look like the sender's own mail. */
export function messageIdFor(emailId: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.trim().toLowerCase() || 'localhost';
  return `<${emailId}@${domain}>`;
}

/** The unsubscribe address a recipient's mail client offers as a button (RFC 2369). */
export function listUnsubscribeHeader(fromAddress: string): string {
  return `<mailto:${fromAddress}?subject=unsubscribe>`;
}

/**
 * The exact bytes sent: composed here, not by the transport, so the Message-ID written to the
 * database before sending is the one the server receives. Plain text always, HTML when the
 * template has one, no tracking pixel, and no file or URL access while composing.
 */
export function composeMessage(message: OutgoingMessage): Promise<Buffer> {
  const mail = new MailComposer({
    messageId: message.messageId,
    date: message.date,
    from: message.from.name ? { name: message.from.name, address: message.from.address } : message.from.address,
    to: message.to.name ? { name: message.to.name, address: message.to.address } : message.to.address,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo, references: [message.inReplyTo] } : {}),
    headers: { 'List-Unsubscribe': listUnsubscribeHeader(message.from.address) },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return mail.compile().build();
}
