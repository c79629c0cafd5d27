// A list the API pages with a cursor: the first page loads with the screen and "Show more" appends the next,
// so a table of thousands of rows never loads them all at once.
import { useInfiniteQuery } from '@tanstack/react-query';

export interface Page<Item> {
  items: Item[];
  nextCursor?: string | null;
}

export function usePagedList<Item>(queryKey: readonly unknown[], fetchPage: (cursor: string | undefined) => Promise<Page<Item>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return {
    items: query.data?.pages.flatMap((page) => page.items),
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}
