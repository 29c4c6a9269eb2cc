/**
 * Filter by actor: actors grouped by kind with their event counts, an Arabic-aware search over
 * the list, any/all matching and clear-all. Each entry is a labelled checkbox whose name holds
 * the actor's display name. The search narrows the list only; it never changes the filter.
 */
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../schema/dataset';
import { matchesSearch, searchKeys, type SearchKeys } from '../../shared/actor-search';
import { ACTOR_KIND_ORDER, type DatasetIndex } from '../../shared/data/dataset-index';
import type { Lang, MatchMode } from '../../shared/url-state';
import './actor-filter.css';

export interface ActorFilterProps {
  index: DatasetIndex;
  selected: readonly string[];
  match: MatchMode;
  lang: Lang;
  onToggle: (actorId: string) => void;
  onMatchChange: (match: MatchMode) => void;
  onClear: () => void;
}

interface Entry {
  actor: Actor;
  count: number;
  keys: SearchKeys;
}

/** Memoised: selecting an event re-renders the explorer, and this panel has nothing to redraw then. */
export const ActorFilter = memo(function ActorFilter({
  index,
  selected,
  match,
  lang,
  onToggle,
  onMatchChange,
  onClear,
}: ActorFilterProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);

  const entries = useMemo(
    () =>
      index.dataset.actors.map((actor): Entry => ({
        actor,
        count: index.eventsByActor.get(actor.id)?.length ?? 0,
        keys: searchKeys(actor),
      })),
    [index],
  );

  const groups = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const visible = entries.filter((e) => selected.includes(e.actor.id) || matchesSearch(e.keys, deferredQuery));
    return ACTOR_KIND_ORDER.map((kind) => ({
      kind,
      entries: visible
        .filter((e) => e.actor.kind === kind)
        .sort((a, b) => b.count - a.count || collator.compare(a.actor.name[lang], b.actor.name[lang])),
    })).filter((g) => g.entries.length > 0);
  }, [entries, selected, deferredQuery, lang]);

  return (
    <section className="actor-filter" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actors.heading')}</h2>

      <div className="actor-search">
        <label htmlFor={searchId}>{t('actors.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('actors.searchPlaceholder')}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>

      <fieldset className="match-mode">
        <legend>{t('actors.match')}</legend>
        {(['any', 'all'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${headingId}-match`}
              value={mode}
              checked={match === mode}
              onChange={() => onMatchChange(mode)}
            />
            {mode === 'any' ? t('actors.matchAny') : t('actors.matchAll')}
          </label>
        ))}
      </fieldset>

      <button type="button" onClick={onClear} disabled={selected.length === 0}>
        {t('actors.clear')}
      </button>

      {groups.length === 0 && <p className="actor-none">{t('actors.noMatch')}</p>}
      {groups.map((group) => (
        <fieldset key={group.kind} className="actor-group">
          <legend>{t(`actors.kinds.${group.kind}`)}</legend>
          <ul>
            {group.entries.map(({ actor, count }) => (
              <li key={actor.id}>
                <label>
                  <input type="checkbox" checked={selected.includes(actor.id)} onChange={() => onToggle(actor.id)} />
                  <span className="actor-name">{actor.name[lang]}</span>
                  <span className="actor-count">{t('actors.events', { count })}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
});
