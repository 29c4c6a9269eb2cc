/**
 * Share the current view: the system share sheet where the browser has one (Web Share), the
 * clipboard otherwise, and the link itself in a text field if both fail. The outcome is
 * confirmed in a live status region.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Outcome = 'idle' | 'copied' | 'shared' | 'failed';

const CONFIRMATION_MS = 5000;

export interface CopyLinkButtonProps {
  /** Builds the absolute link when asked (the URL changes too often to pass it as a prop). */
  getHref: () => string;
  title: string;
}

function canShare(data: ShareData): boolean {
  return (
    typeof navigator.share === 'function' && (typeof navigator.canShare !== 'function' || navigator.canShare(data))
  );
}

export function CopyLinkButton({ getHref, title }: CopyLinkButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [failedHref, setFailedHref] = useState('');
  const fieldId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sharing = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(() => () => clearTimeout(timer.current), []);

  const report = (next: Outcome) => {
    setOutcome(next);
    clearTimeout(timer.current);
    if (next === 'copied' || next === 'shared') timer.current = setTimeout(() => setOutcome('idle'), CONFIRMATION_MS);
  };

  const onClick = async () => {
    const href = getHref();
    const data: ShareData = { url: href, title };
    if (canShare(data)) {
      try {
        await navigator.share(data);
        report('shared');
        return;
      } catch (e) {
        // The person closed the share sheet: nothing to report. Other failures fall back to copying.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(href);
      report('copied');
    } catch {
      setFailedHref(href);
      report('failed');
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void onClick()}>
        {sharing ? t('share.share') : t('share.copy')}
      </button>
      <span role="status" className="share-status">
        {outcome === 'copied' && t('share.copied')}
        {outcome === 'shared' && t('share.shared')}
      </span>
      {outcome === 'failed' && (
        <span className="share-failed">
          <label htmlFor={fieldId}>{t('share.failed')}</label>{' '}
          <input id={fieldId} readOnly dir="ltr" value={failedHref} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </div>
  );
}
