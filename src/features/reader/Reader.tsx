/**
 * The whole article an excerpt comes from, in a modal dialog, with the excerpt in a <mark>
 * scrolled into view. The text is rendered as React text nodes only (never as HTML): an article
 * containing `<img src=x onerror=…>` shows those characters. Site furniture is folded away in
 * <details>; captions and credits are de-emphasised.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt, Source } from '../../schema/dataset';
import { loadErrorDetail } from '../../shared/data/error-text';
import { useArticleText } from '../../shared/data/get-article-text';
import { formatPublishedAt } from '../../shared/dates';
import { RetryAlert } from '../../shared/ui/RetryAlert';
import type { Lang } from '../../shared/url-state';
import { articleBlocks, type Block } from './article-blocks';
import './reader.css';

export interface ReaderProps {
  source: Source;
  excerpt: Excerpt;
  datasetUrl: string;
  lang: Lang;
  onClose: () => void;
}

/** Only http(s) links to the original article are shown as links. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function Reader({ source, excerpt, datasetUrl, lang, onClose }: ReaderProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement | null>(null);
  const query = useArticleText(source, datasetUrl);
  const article = query.data;

  // The excerpt is highlighted only if the text really holds it at those offsets.
  const located = article !== undefined && article.text.slice(excerpt.start, excerpt.end) === excerpt.text;
  const blocks = useMemo(
    () => (article ? articleBlocks(article.text, article.segments, located ? excerpt : null) : []),
    [article, located, excerpt],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  // Scroll the dialog (only the dialog: scrollIntoView would also scroll the page behind it) so
  // the excerpt sits in the middle of what is visible below the sticky header.
  useEffect(() => {
    const dialog = dialogRef.current;
    const mark = markRef.current;
    if (!located || !dialog || !mark) return;
    let top = 0;
    for (let el: HTMLElement | null = mark; el && el !== dialog; el = el.offsetParent as HTMLElement | null)
      top += el.offsetTop;
    dialog.scrollTop = Math.max(0, top - (dialog.clientHeight - mark.offsetHeight) / 2);
  }, [located, blocks]);

  const href = safeHref(source.url);
  const renderPieces = (block: Block) =>
    block.pieces.map((p) => {
      if (!p.marked) return p.text;
      // The excerpt may span blocks; scroll to where it starts.
      return (
        <mark key={p.start} ref={p.start === excerpt.start ? markRef : undefined}>
          {p.text}
        </mark>
      );
    });

  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby={titleId}
      onClose={() => {
        // StrictMode closes and reopens on mount: only a close that sticks is the user's.
        if (!dialogRef.current?.open) onClose();
      }}
    >
      <header className="reader-header">
        <div>
          <h2 id={titleId} dir="auto">
            {source.title ?? source.file}
          </h2>
          <p className="reader-meta">
            <span dir="auto">{source.outlet ?? t('detail.unknownOutlet')}</span>
            {' · '}
            {source.publishedAt ? (
              <bdi>{formatPublishedAt(source.publishedAt, lang)}</bdi>
            ) : (
              t('detail.unknownPublished')
            )}
            {' · '}
            <bdi dir="ltr" className="file-name">
              {source.file}
            </bdi>
            {href && (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {t('reader.original')}
                </a>
              </>
            )}
          </p>
        </div>
        <button type="button" className="close-button" onClick={() => dialogRef.current?.close()} autoFocus>
          <span aria-hidden="true">✕ </span>
          {t('reader.close')}
        </button>
      </header>

      {query.isPending && <p role="status">{t('reader.loading')}</p>}
      {query.isError && (
        <RetryAlert
          className="reader-error"
          message={t('reader.error', { detail: loadErrorDetail(query.error, t) })}
          onRetry={() => void query.refetch()}
        />
      )}
      {article && (
        <section className="reader-body" aria-label={t('reader.text')}>
          {located && <p className="visually-hidden">{t('reader.highlighted')}</p>}
          <div className="reader-text" lang="ar" dir="rtl">
            {blocks.map((block) =>
              block.kind === 'furniture' ? (
                <details key={block.start} className="seg-furniture" open={block.marked}>
                  <summary>
                    {block.reason ? t('reader.furnitureReason', { reason: block.reason }) : t('reader.furniture')}
                  </summary>
                  <div>{renderPieces(block)}</div>
                </details>
              ) : (
                <span key={block.start} className={`seg seg-${block.kind}`}>
                  {renderPieces(block)}
                </span>
              ),
            )}
          </div>
        </section>
      )}
    </dialog>
  );
}
