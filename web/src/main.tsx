// The back office's entry: server state through TanStack Query, one URL per screen through the router.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ProblemError } from './api/problem.ts';
import { router } from './app/router.tsx';
import './design/tokens.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // A refused or invalid request will not succeed by asking again; a lost connection might.
    queries: { retry: (failures, error) => !(error instanceof ProblemError) && failures < 2, staleTime: 15_000 },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
