import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** +33478000000 → "+33 4 78 00 00 00" for reading; the stored value stays E.164. */
export function formatPhone(phone: string): string {
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}
