import { parsePhoneNumberFromString } from 'libphonenumber-js';

// Parsing a number against its country's numbering plan is costly, and table rows re-render on
// every scroll and selection: each number is formatted once.
const formatted = new Map<string, string>();

/** +33478000000 → "+33 4 78 00 00 00" for reading; the stored value stays E.164. */
export function formatPhone(phone: string): string {
  let out = formatted.get(phone);
  if (out === undefined) {
    out = parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
    if (formatted.size >= 5_000) formatted.clear();
    formatted.set(phone, out);
  }
  return out;
}
