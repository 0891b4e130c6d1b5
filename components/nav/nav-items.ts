/**
 * The presenter's pages in telling order. Only pages that exist are listed; Performance,
 * Granularity, AF hierarchy, Event frames, Summary, History and Connection join as they land.
 */
export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [{ href: '/', label: 'Run' }];
