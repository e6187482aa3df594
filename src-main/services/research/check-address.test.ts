import { describe, expect, it } from 'vitest';
import { addressRefusal, isAllowedAddress, normaliseAllowedAddresses, normaliseIpLiteral } from './check-address';

describe('normaliseIpLiteral', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['[::1]', '::1'],
    ['[::ffff:7f00:1]', '::ffff:7f00:1'],
    ['::ffff:127.0.0.1', '::ffff:7f00:1'],
    ['8.8.8.8.', '8.8.8.8'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseIpLiteral(input)).toBe(expected);
  });

  it('leaves host names alone', () => {
    expect(normaliseIpLiteral('salon-lumiere.co.uk')).toBeNull();
    expect(normaliseIpLiteral('127.0.0.1.nip.io')).toBeNull();
  });

  it('agrees with WHATWG URL parsing, which already normalises the legacy IPv4 forms', () => {
    for (const host of ['0177.0.0.1', '2130706433', '0x7f000001', '127.1']) {
      expect(new URL(`http://${host}/`).hostname).toBe('127.0.0.1');
    }
    expect(new URL('http://[::ffff:127.0.0.1]/').hostname).toBe('[::ffff:7f00:1]');
  });
});

describe('addressRefusal', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['64:ff9b::a00:1', 'special-purpose'],
    ['2002:a00:1::', 'special-purpose'],
  ])('refuses %s (%s)', (address, words) => {
    expect(addressRefusal(address)).toContain(words);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows public %s', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });
});

describe('isAllowedAddress', () => {
  it('allows exactly the listed private addresses, in any spelling', () => {
    const allowed = normaliseAllowedAddresses(['127.0.0.1']);
    expect(isAllowedAddress('127.0.0.1', allowed)).toBe(true);
    expect(isAllowedAddress('0177.0.0.1', allowed)).toBe(true);
    expect(isAllowedAddress('127.0.0.2', allowed)).toBe(false);
    expect(isAllowedAddress('::1', allowed)).toBe(false);
    expect(isAllowedAddress('8.8.8.8', allowed)).toBe(true);
  });
});
