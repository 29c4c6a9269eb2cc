import type { EventType } from '../../schema/dataset';

/** The event type's colour (decorative: the type is always also written out in words). */
export function TypeSwatch({ type, background = false }: { type: EventType; background?: boolean }) {
  return <span className={`type-swatch type-${type}${background ? ' is-background' : ''}`} aria-hidden="true" />;
}
