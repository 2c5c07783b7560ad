import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CONTACT_SORTS } from '../../../domain/network/api';
import type { ContactFilters } from '../../api/network';
import { monthsAgoIso } from '../../components/network/dates';

export type FilterState = {
  q: string;
  circle: string[];
  tag: string[];
  starred: boolean;
  employer: '' | 'inside' | 'outside';
  stale: boolean;
  sort: (typeof CONTACT_SORTS)[number];
};

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/** The list's filters live in the URL, so Back and shared links keep them. */
export function useContactFilters() {
  const [params, setParams] = useSearchParams();
  const state: FilterState = useMemo(() => {
    const sort = params.get('sort') as FilterState['sort'] | null;
    const employer = params.get('employer');
    return {
      q: params.get('q') ?? '',
      circle: list(params.get('circle')),
      tag: list(params.get('tag')),
      starred: params.get('starred') === 'true',
      employer: employer === 'inside' || employer === 'outside' ? employer : '',
      stale: params.get('stale') === 'true',
      sort: sort && CONTACT_SORTS.includes(sort) ? sort : 'name',
    };
  }, [params]);

  const update = (patch: Partial<FilterState>) => {
    const next = { ...state, ...patch };
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.circle.length) p.set('circle', next.circle.join(','));
    if (next.tag.length) p.set('tag', next.tag.join(','));
    if (next.starred) p.set('starred', 'true');
    if (next.employer) p.set('employer', next.employer);
    if (next.stale) p.set('stale', 'true');
    if (next.sort !== 'name') p.set('sort', next.sort);
    setParams(p, { replace: true });
  };

  const active = Boolean(state.q || state.circle.length || state.tag.length || state.starred || state.employer || state.stale);
  const query: ContactFilters = useMemo(
    () => ({
      q: state.q || undefined,
      circle: state.circle,
      tag: state.tag,
      starred: state.starred || undefined,
      employer: state.employer || undefined,
      lastContactedBefore: state.stale ? monthsAgoIso(6) : undefined,
      sort: state.sort,
    }),
    [state],
  );
  const clear = () => update({ q: '', circle: [], tag: [], starred: false, employer: '', stale: false });
  return { state, update, query, active, clear };
}
