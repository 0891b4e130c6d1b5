/**
 * Addresses the dashboard never connects to on a presenter's behalf (issue 11, finding 3): the
 * link-local ranges where cloud metadata services hand out credentials, and the metadata
 * addresses outside them. Private networks and loopback stay allowed: real PI servers live on
 * the former, the embedded mock on the latter.
 */
import { BlockList, isIP } from 'node:net';

interface Rule {
  /** Completes "<address> is ...". */
  reason: string;
  list: BlockList;
}

function rule(reason: string, fill: (list: BlockList) => void): Rule {
  const list = new BlockList();
  fill(list);
  return { reason, list };
}

const RULES: readonly Rule[] = [
  rule('a link-local address (169.254.0.0/16, where cloud metadata services answer)', (list) => {
    list.addSubnet('169.254.0.0', 16, 'ipv4');
    // BlockList matches IPv4-mapped IPv6 (::ffff:169.254.x.x) against IPv4 rules by itself; the
    // IPv4-compatible (::169.254.x.x) and NAT64 (64:ff9b::169.254.x.x) spellings it does not.
    list.addSubnet('::a9fe:0', 112, 'ipv6');
    list.addSubnet('64:ff9b::a9fe:0', 112, 'ipv6');
  }),
  rule('a link-local IPv6 address (fe80::/10)', (list) => list.addSubnet('fe80::', 10, 'ipv6')),
  rule('the AWS instance metadata service (fd00:ec2::254)', (list) => list.addAddress('fd00:ec2::254', 'ipv6')),
  rule('the Alibaba Cloud metadata service (100.100.100.200)', (list) => list.addAddress('100.100.100.200', 'ipv4')),
];

/**
 * Why `address` (an IP literal, brackets and a `%zone` allowed) must not be connected to, or
 * null when it may. A string that is no IP address at all yields null: resolve names first.
 */
export function blockedAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return RULES.find((r) => r.list.check(bare, type))?.reason ?? null;
}
