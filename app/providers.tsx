'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // One quick retry hides a blip; more would keep the presenter staring at a spinner.
      queries: { retry: 1, retryDelay: 500, staleTime: 1_000 },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab, created on first render (not at module load, which the server shares).
  const [queryClient] = useState(makeQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
