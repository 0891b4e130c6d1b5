/** Every react-query key in one place, so an invalidation cannot miss a spelling. */
export const queryKeys = {
  mockStatus: () => ['mock', 'status'] as const,
  tiers: () => ['tiers'] as const,
};
