// A screen's filters live in the URL, so a filtered list has a link of its own and survives a reload. Changing one
// replaces the history entry: Back leaves the screen rather than stepping through every filter tried.
import { useSearchParams } from 'react-router';

export function useUrlFilters() {
  const [search, setSearch] = useSearchParams();
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  return [search, setFilter] as const;
}
