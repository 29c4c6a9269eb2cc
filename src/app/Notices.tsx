import { useTranslation } from 'react-i18next';
import type { Notice } from './view';

/** Messages about the link that was opened, shown above the (full) timeline until dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  const text = (n: Notice): string => {
    switch (n.kind) {
      case 'unknown-event':
        return t('notice.unknownEvent', { id: n.value });
      case 'unknown-actors':
        return t('notice.unknownActors', { ids: n.value });
      case 'bad-event':
        return t('notice.badEvent', { value: n.value });
      case 'bad-actors':
        return t('notice.badActors', { value: n.value });
      case 'bad-match':
        return t('notice.badMatch', { value: n.value });
      case 'bad-window':
        return t('notice.badWindow', { value: n.value });
      case 'bad-lang':
        return t('notice.badLang', { value: n.value });
    }
  };
  return (
    <div className="notices" role="alert" aria-label={t('notice.label')}>
      <ul>
        {notices.map((n) => (
          <li key={n.kind}>
            <bdi>{text(n)}</bdi>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
