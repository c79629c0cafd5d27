// Previous / next page of a cursor-paged list (see useCursorPages); nothing when the list fits on one page.
import type { CursorPages } from './useCursorPages.ts';

export function Pager({ pages, nextCursor }: { pages: CursorPages; nextCursor: string | null | undefined }) {
  if (pages.page === 1 && !nextCursor) return null;
  return (
    <div className="row pager">
      <button type="button" className="secondary" disabled={pages.page === 1} onClick={pages.previous}>
        Previous page
      </button>
      <span className="muted">Page {pages.page}</span>
      <button type="button" className="secondary" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        Next page
      </button>
    </div>
  );
}
