import { describe, expect, it } from 'vitest';
import { blockedAddressReason } from './blocked-address';

const LINK_LOCAL_V4 = 'a link-local address (169.254.0.0/16, where cloud metadata services answer)';
const LINK_LOCAL_V6 = 'a link-local IPv6 address (fe80::/10)';

describe('blockedAddressReason', () => {
  it.each([
    ['169.254.169.254', LINK_LOCAL_V4],
    ['169.254.0.1', LINK_LOCAL_V4],
    ['169.254.255.255', LINK_LOCAL_V4],
    // IPv4-mapped, -compatible and NAT64 spellings reach the same IPv4 host.
    ['::ffff:169.254.169.254', LINK_LOCAL_V4],
    ['::ffff:a9fe:a9fe', LINK_LOCAL_V4],
    ['[::ffff:a9fe:1]', LINK_LOCAL_V4],
    ['::169.254.169.254', LINK_LOCAL_V4],
    ['64:ff9b::169.254.169.254', LINK_LOCAL_V4],
    ['fe80::1', LINK_LOCAL_V6],
    ['FE80::1%eth0', LINK_LOCAL_V6],
    ['febf:ffff::1', LINK_LOCAL_V6],
    ['fd00:ec2::254', 'the AWS instance metadata service (fd00:ec2::254)'],
    ['fd00:ec2:0:0:0:0:0:254', 'the AWS instance metadata service (fd00:ec2::254)'],
    ['100.100.100.200', 'the Alibaba Cloud metadata service (100.100.100.200)'],
    ['::ffff:100.100.100.200', 'the Alibaba Cloud metadata service (100.100.100.200)'],
  ])('refuses %s', (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });

  it.each([
    // Real PI servers live on private networks; the embedded mock on loopback.
    '127.0.0.1',
    '::1',
    '10.0.0.5',
    '172.16.4.2',
    '192.168.1.10',
    '100.64.0.1',
    '169.253.255.255',
    '169.255.0.0',
    'fec0::1',
    'fd00:ec2::253',
    'fd12:3456::1',
    '::ffff:10.0.0.5',
    '2001:db8::1',
    '8.8.8.8',
  ])('allows %s', (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it('leaves names to the resolver', () => {
    expect(blockedAddressReason('metadata.google.internal')).toBeNull();
  });
});
