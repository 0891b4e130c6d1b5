/** The presenter's pages in telling order: run, measure, look at the landed data, sum up, look back, configure. */
export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Run' },
  { href: '/performance', label: 'Performance' },
  { href: '/granularity', label: 'Granularity' },
  { href: '/af', label: 'AF hierarchy' },
  { href: '/event-frames', label: 'Event frames' },
  { href: '/live', label: 'Live' },
  { href: '/summary', label: 'Summary' },
  { href: '/history', label: 'History' },
  { href: '/connection', label: 'Connection' },
];
