import { describe, expect, it } from 'vitest';
import { isByte, isDate, isDateTime, isEmail, isIpv4, isIpv6, isTime, isUri, isUuid } from '../../../runtime/validators/validation-formats.js';

describe('runtime/validators/validation-formats', () => {
  it('dates and times per RFC 3339, with real calendars', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2024-13-01')).toBe(false);
    expect(isTime('23:59:60Z')).toBe(true);
    expect(isTime('10:00:00')).toBe(false);
    expect(isDateTime('2024-05-01T10:00:00.123+02:00')).toBe(true);
    expect(isDateTime('2024-05-01 10:00:00Z')).toBe(false);
  });

  it('uuids, emails and URIs', () => {
    expect(isUuid('d36894ae-94ae-d368-ae94-68d3ae9468d3')).toBe(true);
    expect(isUuid('d36894ae94aed368ae9468d3ae9468d3')).toBe(false);
    expect(isEmail('ann@example.com')).toBe(true);
    expect(isEmail('ann@')).toBe(false);
    expect(isUri('https://example.com/a?b#c')).toBe(true);
    expect(isUri('/relative/path')).toBe(false);
  });

  it('IP addresses', () => {
    expect(isIpv4('192.168.0.1')).toBe(true);
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('01.1.1.1')).toBe(false);
    expect(isIpv6('::1')).toBe(true);
    expect(isIpv6('2001:db8::8a2e:370:7334')).toBe(true);
    expect(isIpv6('2001:db8:::1')).toBe(false);
  });

  it('base64 (format: byte)', () => {
    expect(isByte('aGVsbG8=')).toBe(true);
    expect(isByte('aGVsbG8')).toBe(false);
    expect(isByte('a$==')).toBe(false);
  });
});
