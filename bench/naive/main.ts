/**
 * The naive baseline the benchmark compares Khatt with: what a first version would do with
 * vis-timeline — every event of timeline.json as an item of one DataSet, no clustering and no
 * windowing, filtering through a DataView filter + refresh() (vis-timeline's recommended way,
 * so the baseline is not a straw man), a plain details panel. It emits the same Performance API
 * marks as the app, so the harness measures both the same way.
 */
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { DatasetFile } from '../../src/schema/dataset';
import { fromDatasetFile } from '../../src/schema/dataset-file';
import { eventDetailsPath } from '../../src/schema/paths';

interface NaiveEvent {
  id: string;
  date: { start: string; end?: string; precision: 'day' | 'month' | 'year' };
  title: { ar: string; en: string };
  actors: string[];
}

interface NaiveDetailsFile {
  events: { id: string; excerpts: { sourceId: string; text: string }[] }[];
}

interface NaiveDataset {
  events: NaiveEvent[];
  actors: { id: string; name: { ar: string; en: string } }[];
}

interface Item {
  id: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
}

/** After the browser has painted the current frame: a rAF runs before paint, a task after it. */
function markAfterPaint(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

function startOf(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function endOf(iso: string, precision: 'day' | 'month' | 'year'): Date {
  const s = startOf(iso);
  if (precision === 'year') return new Date(Date.UTC(s.getUTCFullYear() + 1, 0, 1));
  if (precision === 'month') return new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1));
  return new Date(s.getTime() + 86_400_000);
}

async function main(): Promise<void> {
  // The index file is packed by columns; unpacking it is a few ms (src/schema/dataset-file.ts).
  const data: NaiveDataset = fromDatasetFile((await (await fetch('data/timeline.json')).json()) as DatasetFile);
  const items = new DataSet<Item, 'id'>(
    data.events.map((e): Item => {
      const start = startOf(e.date.start);
      return e.date.end
        ? { id: e.id, content: e.title.ar, start, end: endOf(e.date.end, e.date.precision), type: 'range' }
        : { id: e.id, content: e.title.ar, start, type: 'point' };
    }),
  );
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const selectedActors = new Set<string>();
  const view = new DataView<Item, 'id'>(items, {
    filter: (item) =>
      selectedActors.size === 0 || (byId.get(item.id)?.actors.some((a) => selectedActors.has(a)) ?? false),
  });

  // The busiest actors as checkboxes (named like the app's, so the harness finds them by role).
  const counts = new Map<string, number>();
  for (const e of data.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const fieldset = document.getElementById('filter')!;
  for (const a of [...data.actors].sort((x, y) => (counts.get(y.id) ?? 0) - (counts.get(x.id) ?? 0)).slice(0, 20)) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', () => {
      if (box.checked) selectedActors.add(a.id);
      else selectedActors.delete(a.id);
      view.refresh();
      markAfterPaint('khatt:filter-painted');
    });
    label.append(box, ` ${a.name.ar} (${counts.get(a.id) ?? 0})`);
    fieldset.append(label);
  }

  const container = document.getElementById('timeline')!;
  // The DataView's generic does not line up with vis-timeline's own item typing.
  const timeline = new Timeline(container, view as unknown as DataView<Item, 'id'> & never, {
    rtl: true,
    start: new Date(Date.UTC(2019, 0, 1)),
    end: new Date(Date.UTC(2026, 0, 1)),
    stack: true,
    selectable: true,
    showCurrentTime: false,
    orientation: { axis: 'bottom', item: 'bottom' },
    maxHeight: 460,
    verticalScroll: true,
  });

  // As the app does it (src/shared/perf.ts): marked after the first paint that shows items. That
  // is the paint after they were handed over; failing that, the one after a redraw that drew them
  // (a frame late when vis-timeline redraws in its own animation frame callback).
  let ready = false;
  const markReady = () => {
    if (ready) return;
    ready = true;
    performance.mark('khatt:timeline-ready');
  };
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (container.querySelector('.vis-item') !== null) markReady();
    }, 0),
  );
  timeline.on('changed', () => {
    if (!ready && container.querySelector('.vis-item') !== null) requestAnimationFrame(() => setTimeout(markReady, 0));
  });

  const panel = document.getElementById('panel')!;
  timeline.on('select', (props?: { items?: string[] }) => {
    const event = props?.items?.[0] !== undefined ? byId.get(props.items[0]) : undefined;
    if (!event) return;
    const heading = document.createElement('h2');
    heading.textContent = event.title.ar;
    const list = document.createElement('ul');
    panel.replaceChildren(heading, list);
    panel.hidden = false;
    markAfterPaint('khatt:select-painted');
    // The excerpts are in the event's details file, as for the app.
    void fetch(`data/${eventDetailsPath(event.id, data.events.length)}`)
      .then((r) => r.json() as Promise<NaiveDetailsFile>)
      .then((file) => {
        for (const x of file.events.find((d) => d.id === event.id)?.excerpts ?? []) {
          const li = document.createElement('li');
          li.textContent = x.text;
          list.append(li);
        }
        markAfterPaint('khatt:excerpts-painted');
      });
  });
}

void main();
