/** Starting points for the account form: the provider's own settings, where to get a password, and what to watch for. */
export interface SmtpPreset {
  provider: 'gmail' | 'outlook' | 'sendgrid' | 'mailgun' | 'ses' | 'custom';
  label: string;
  host: string;
  port: number;
  /** Implicit TLS (465); false means STARTTLS on 587. */
  secure: boolean;
  username: string | null;
  dailyLimit: number | null;
  hourlyLimit: number | null;
  documentationUrl: string | null;
  setupNotes: string;
}

export const smtpPresets: SmtpPreset[] = [
  {
    provider: 'gmail',
    label: 'Gmail / Google Workspace (app password)',
    host: 'smtp.gmail.com',
    port: 465,
    secure: true,
    username: null,
    dailyLimit: 400,
    hourlyLimit: 50,
    documentationUrl: 'https://support.google.com/accounts/answer/185833',
    setupNotes:
      'Turn on 2-Step Verification, then create an app password (Google Account → Security → App passwords) and paste it here; your normal password will not work. ' +
      'Username is your full address. Gmail allows about 500 messages a day (Workspace 2,000); stay well below for cold email.',
  },
  {
    provider: 'outlook',
    label: 'Outlook / Microsoft 365',
    host: 'smtp.office365.com',
    port: 587,
    secure: false,
    username: null,
    dailyLimit: 300,
    hourlyLimit: 30,
    documentationUrl: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    setupNotes:
      'Uses STARTTLS on port 587. Your admin must enable "Authenticated SMTP" for the mailbox (Microsoft 365 admin center → Users → Mail → Manage email apps). ' +
      'Username is your full address; with MFA use an app password. Exchange Online allows 10,000 recipients a day and 30 messages a minute.',
  },
  {
    provider: 'sendgrid',
    label: 'SendGrid',
    host: 'smtp.sendgrid.net',
    port: 587,
    secure: false,
    username: 'apikey',
    dailyLimit: null,
    hourlyLimit: null,
    documentationUrl: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api',
    setupNotes:
      'The username is literally "apikey"; the password is an API key with Mail Send permission. Verify your sender address or domain in SendGrid first.',
  },
  {
    provider: 'mailgun',
    label: 'Mailgun',
    host: 'smtp.mailgun.org',
    port: 587,
    secure: false,
    username: null,
    dailyLimit: null,
    hourlyLimit: null,
    documentationUrl: 'https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp',
    setupNotes:
      'Use the SMTP credentials of your sending domain (Sending → Domain settings → SMTP credentials), e.g. postmaster@mg.yourdomain.com. EU accounts use smtp.eu.mailgun.org.',
  },
  {
    provider: 'ses',
    label: 'Amazon SES',
    host: 'email-smtp.us-east-1.amazonaws.com',
    port: 587,
    secure: false,
    username: null,
    dailyLimit: 200,
    hourlyLimit: null,
    documentationUrl: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
    setupNotes:
      'Replace us-east-1 with your SES region (email-smtp.<region>.amazonaws.com). Create SMTP credentials in the SES console (they are not your AWS access keys). ' +
      'A new account is in the sandbox (200 messages a day, verified recipients only) until you request production access.',
  },
  {
    provider: 'custom',
    label: 'Other SMTP server',
    host: '',
    port: 587,
    secure: false,
    username: null,
    dailyLimit: null,
    hourlyLimit: null,
    documentationUrl: null,
    setupNotes: 'Port 465 uses TLS from the start ("secure"); port 587 upgrades with STARTTLS.',
  },
];

export const smtpProviders = smtpPresets.map((p) => p.provider) as [SmtpPreset['provider'], ...SmtpPreset['provider'][]];
