import { useTranslation } from 'react-i18next';
import type { EventDate } from '../../schema/dataset';
import { dateMarkers, formatEventDate, isoDateTime, type DateMarker } from '../dates';
import type { Lang } from '../url-state';

interface Props {
  date: EventDate;
  lang: Lang;
}

/**
 * An event's date at its precision, isolated with <bdi> so digits and dashes are not reordered
 * by the surrounding Arabic, followed by how sure it is ("(تاريخ مستنتج)"). Long lists pass the
 * marker words in (`EventDateLabel`) instead of subscribing every row to i18n.
 */
export function EventDateText({ date, lang }: Props) {
  const { t } = useTranslation();
  return (
    <EventDateLabel
      date={date}
      lang={lang}
      markerLabels={{ inferred: t('date.inferred'), approximate: t('date.approximate') }}
    />
  );
}

export function EventDateLabel({ date, lang, markerLabels }: Props & { markerLabels: Record<DateMarker, string> }) {
  return (
    <span className="event-date">
      <bdi>
        <time dateTime={isoDateTime(date)}>{formatEventDate(date, lang)}</time>
      </bdi>
      {dateMarkers(date).map((m) => (
        <span key={m} className={`date-marker date-marker-${m}`}>
          {' '}
          {markerLabels[m]}
        </span>
      ))}
    </span>
  );
}
