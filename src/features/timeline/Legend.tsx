import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from '../../schema/vocabulary';
import { TypeSwatch } from '../../shared/ui/TypeSwatch';

/**
 * The colour key: what each item colour means, and how background events look. Memoised: it has
 * no props, and the timeline around it renders again on every filter change and selection.
 */
export const Legend = memo(function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('timeline.legend')}>
      {EVENT_TYPES.map((type) => (
        <li key={type}>
          <TypeSwatch type={type} />
          {t(`types.${type}`)}
        </li>
      ))}
      <li>
        <TypeSwatch type="other" background />
        {t('timeline.backgroundItem')}
      </li>
    </ul>
  );
});
