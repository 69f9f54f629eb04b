import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './viewer-address.ts';

const from = (sourceIp: string, headers: Record<string, string> = {}) =>
  clientAddressOf({ headers, requestContext: { http: { sourceIp } } } as never);

describe('the client address', () => {
  it('is the viewer address CloudFront wrote, IPv4 or IPv6', () => {
    expect(from('130.176.1.1', { 'x-viewer-address': '203.0.113.7' })).toBe('203.0.113.7');
    expect(from('130.176.1.1', { 'x-viewer-address': ' 2a01:cb00:1:2::3 ' })).toBe('2a01:cb00:1:2::3');
  });

  it('is the request’s own source when no valid address was written', () => {
    expect(from('198.51.100.4')).toBe('198.51.100.4');
    expect(from('198.51.100.4', { 'x-viewer-address': '' })).toBe('198.51.100.4');
    expect(from('198.51.100.4', { 'x-viewer-address': 'VERIFY#DOCUMENT#RIR-1' })).toBe('198.51.100.4');
    expect(from('198.51.100.4', { 'x-viewer-address': '203.0.113.7, 10.0.0.1' })).toBe('198.51.100.4');
  });
});
