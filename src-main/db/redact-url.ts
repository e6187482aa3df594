/** A database URL safe to show and log: the password is replaced, everything else kept. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
