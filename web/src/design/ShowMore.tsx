// The button under a paged list: it appends the next page and says so while it loads.
interface ShowMoreProps {
  list: { hasMore: boolean; loadingMore: boolean; loadMore: () => void };
  what: string;
}

export function ShowMore({ list, what }: ShowMoreProps) {
  if (!list.hasMore) return null;
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={list.loadMore} disabled={list.loadingMore} aria-busy={list.loadingMore}>
        {list.loadingMore ? `Loading more ${what}…` : `Show more ${what}`}
      </button>
    </div>
  );
}
