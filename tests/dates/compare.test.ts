import { describe, expect, it } from 'vitest';
import { isSameOrAfter, toInstant } from '../../src/dates';

describe('toInstant', () => {
  it('returns epoch milliseconds for zoned values, whatever the offset', () => {
    expect(toInstant('2025-12-23T15:09:00+03:00')).toBe(1766491740000);
    expect(toInstant('2025-12-23T12:09:00Z')).toBe(1766491740000);
    expect(toInstant('2025-12-23T07:09:00-05:00')).toBe(1766491740000);
    expect(toInstant('2025-12-23T15:09:00.999+0300')).toBe(1766491740000);
  });
  it('returns null for zone-less, date-only and invalid values', () => {
    expect(toInstant('2025-12-23T15:09:00')).toBeNull();
    expect(toInstant('2025-12-23')).toBeNull();
    expect(toInstant('not a date')).toBeNull();
    expect(toInstant('')).toBeNull();
  });
});

describe('isSameOrAfter', () => {
  it('compares instants when both values are zoned', () => {
    expect(isSameOrAfter('2025-12-23T13:00:00Z', '2025-12-23T15:09:00+03:00')).toBe(true);
    expect(isSameOrAfter('2025-12-23T12:09:00Z', '2025-12-23T15:09:00+03:00')).toBe(true);
    expect(isSameOrAfter('2025-12-23T15:00:00+03:00', '2025-12-23T12:09:00Z')).toBe(false);
    expect(isSameOrAfter('2025-12-23T00:30:00+03:00', '2025-12-22T22:00:00Z')).toBe(false);
  });
  it('compares wall-clock fields when a time has no zone', () => {
    expect(isSameOrAfter('2025-12-23T15:10:00', '2025-12-23T15:09:00')).toBe(true);
    expect(isSameOrAfter('2025-12-23T15:00:00', '2025-12-23T15:09:00')).toBe(false);
    expect(isSameOrAfter('2025-12-23T15:09:00', '2025-12-23T15:09:00+03:00')).toBe(true);
  });
  it('compares days when either value is date-only', () => {
    expect(isSameOrAfter('2025-12-23', '2025-12-23T15:09:00+03:00')).toBe(true);
    expect(isSameOrAfter('2025-12-23T00:00:00Z', '2025-12-23')).toBe(true);
    expect(isSameOrAfter('2025-12-22', '2025-12-23')).toBe(false);
    expect(isSameOrAfter('2026-01-01', '2025-12-31')).toBe(true);
  });
  it('returns null when either value cannot be parsed', () => {
    expect(isSameOrAfter('yesterday', '2025-12-23')).toBeNull();
    expect(isSameOrAfter('2025-12-23', '')).toBeNull();
  });
});
