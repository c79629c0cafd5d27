// Paging through a list by the API's cursor: the cursors of the pages before this one are kept, so the user can
// go back as well as on. Changing the list's filters (`reset`) returns to the first page.
import { useCallback, useState } from 'react';

export function useCursor(resetKey: string) {
  const [state, setState] = useState<{ key: string; trail: string[] }>({ key: resetKey, trail: [] });
  const trail = state.key === resetKey ? state.trail : [];
  const cursor = trail.at(-1);
  const next = useCallback((nextCursor: string) => setState({ key: resetKey, trail: [...trail, nextCursor] }), [resetKey, trail]);
  const previous = useCallback(() => setState({ key: resetKey, trail: trail.slice(0, -1) }), [resetKey, trail]);
  return { cursor, page: trail.length + 1, next, previous };
}

export function Pager({ pager, nextCursor }: { pager: ReturnType<typeof useCursor>; nextCursor: string | null | undefined }) {
  if (pager.page === 1 && !nextCursor) return null;
  return (
    <div className="row pager">
      <button type="button" className="secondary" disabled={pager.page === 1} onClick={pager.previous}>
        Previous page
      </button>
      <span className="muted">Page {pager.page}</span>
      <button type="button" className="secondary" disabled={!nextCursor} onClick={() => nextCursor && pager.next(nextCursor)}>
        Next page
      </button>
    </div>
  );
}
