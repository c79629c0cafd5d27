// The store or warehouse a Stock view works on, kept in the URL (?location=, or the parameter the screen names): one of the user's own, or any
// stocked location for a user who acts for all of them. A user with one location gets it without choosing.
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../../auth/useMe.ts';
import { actsFor, useStockLocations } from '../transfers/useTransferLocations.ts';

export interface StockLocation {
  code: string;
  name: string;
}

/** `param` names the search parameter, so two pickers on one screen do not share it. */
export function useActingLocation(param = 'location'): { location: string; choices: StockLocation[] | undefined; choose: (code: string) => void } {
  const me = useMe();
  const stocked = useStockLocations();
  const [search, setSearch] = useSearchParams();
  const mine = me.data?.locations ?? [];
  const choices = stocked.data?.filter((location) => actsFor(mine, location.code));
  const asked = search.get(param) ?? '';
  const location = choices?.some((choice) => choice.code === asked) ? asked : (choices?.[0]?.code ?? '');
  function choose(code: string) {
    const next = new URLSearchParams(search);
    next.set(param, code);
    setSearch(next, { replace: true });
  }
  return { location, choices, choose };
}

export function LocationPicker({ label = 'Location', location, choices, choose }: { label?: string } & ReturnType<typeof useActingLocation>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={location} onChange={(event) => choose(event.target.value)}>
        {choices?.map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.code} · {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}
