// A screen's filters live in the URL, so a filtered list has a link of its own and survives a reload. Changing one
// replaces the history entry: Back leaves the screen rather than stepping through every filter tried.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlFilters() {
  const [search, setSearch] = useSearchParams();
  // The router applies a change in a transition, so two changes in quick succession would both start from the
  // same rendered URL and the second would undo the first; each change starts from the last one made instead.
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);
  /** Sets several filters at once; an empty value removes the filter. */
  const setFilters = (changes: Record<string, string>) => {
    const next = new URLSearchParams(latest.current);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    latest.current = next;
    setSearch(next, { replace: true });
  };
  const setFilter = (name: string, value: string) => setFilters({ [name]: value });
  return [search, setFilter, setFilters] as const;
}
