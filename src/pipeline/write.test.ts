import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamFolder } from './stream-writer';
import { makeFolder, writeAtomically, type OutputFile } from './write';

describe('writeAtomically', () => {
  it('replaces each folder as a whole and the index last, leaving no temp files', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-write-'));
    mkdirSync(join(out, 'sources'));
    writeFileSync(join(out, 'sources', 'stale.json'), '{}');
    writeAtomically(out, {
      folders: [
        { name: 'sources', files: [{ name: 'a.json', content: 'A' }] },
        { name: 'events', files: [{ name: 'e.json', content: 'E' }] },
      ],
      index: { name: 'timeline.json', content: 'I' },
    });
    expect(readdirSync(out).sort()).toEqual(['events', 'sources', 'timeline.json']);
    expect(readdirSync(join(out, 'sources'))).toEqual(['a.json']);
    expect(readdirSync(join(out, 'events'))).toEqual(['e.json']);
    expect(readFileSync(join(out, 'timeline.json'), 'utf8')).toBe('I');
  });

  it('leaves the previous output untouched when writing fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-write-'));
    writeAtomically(out, {
      folders: [
        { name: 'sources', files: [{ name: 'a.json', content: 'A' }] },
        { name: 'events', files: [{ name: 'e.json', content: 'E' }] },
      ],
      index: { name: 'timeline.json', content: 'old' },
    });
    // A file name that cannot be created makes the write fail half-way through the sources.
    expect(() =>
      writeAtomically(out, {
        folders: [
          { name: 'sources', files: [{ name: 'b.json', content: 'B' }] },
          {
            name: 'events',
            files: [
              { name: 'f.json', content: 'F' },
              { name: 'no/such/dir.json', content: 'X' },
            ],
          },
        ],
        index: { name: 'timeline.json', content: 'new' },
      }),
    ).toThrow();
    expect(readFileSync(join(out, 'timeline.json'), 'utf8')).toBe('old');
    expect(readdirSync(join(out, 'sources'))).toEqual(['a.json']);
    expect(readdirSync(join(out, 'events'))).toEqual(['e.json']);
    expect(readdirSync(out).sort()).toEqual(['events', 'sources', 'timeline.json']);
    expect(existsSync(join(out, 'sources', 'b.json'))).toBe(false);
  });
});

/** A folder written on a thread of its own, as the CLI writes the article texts. */
function writeInBackground(outDir: string, name: string, files: readonly OutputFile[]) {
  const folder = streamFolder(outDir, name);
  folder.add(files);
  return folder;
}

describe('a folder written in the background', () => {
  it('writes the files as writeFileSync would, for writeAtomically to move into place', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-write-'));
    const files = [
      { name: 'a.json', content: '{"text":"زار بوتين بيونغ يانغ — “الأربعاء”"}\n' },
      { name: 'empty.json', content: '' },
      { name: 'b.json', content: 'B'.repeat(100_000) },
    ];
    const early = writeInBackground(out, 'sources', files);
    early.finish();
    writeAtomically(out, {
      folders: [{ name: 'sources', files: [], written: early.dir }],
      index: { name: 'timeline.json', content: 'I' },
    });
    expect(readdirSync(out).sort()).toEqual(['sources', 'timeline.json']);
    for (const f of files) expect(readFileSync(join(out, 'sources', f.name), 'utf8')).toBe(f.content);
  });

  it('is removed with the rest when writeAtomically fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-write-'));
    const early = writeInBackground(out, 'sources', [{ name: 'a.json', content: 'A' }]);
    early.finish();
    expect(() =>
      writeAtomically(out, {
        folders: [
          { name: 'sources', files: [], written: early.dir },
          { name: 'events', files: [{ name: 'no/such/dir.json', content: 'X' }] },
        ],
        index: { name: 'timeline.json', content: 'I' },
      }),
    ).toThrow();
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('writeAtomically with a folder still being written', () => {
  const many = Array.from({ length: 800 }, (_, i) => ({ name: `t${i}.json`, content: `{"n":${i}}\n` }));

  it('waits for it before moving anything into place', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-write-'));
    const early = writeInBackground(out, 'sources', many);
    const order: string[] = [];
    writeAtomically(out, {
      folders: [
        { name: 'sources', files: [], written: early.dir, finish: () => (early.finish(), order.push('finish')) },
        { name: 'events', files: [{ name: 'e.json', content: 'E' }] },
      ],
      index: { name: 'timeline.json', content: 'I' },
    });
    expect(order).toEqual(['finish']);
    expect(readdirSync(join(out, 'sources'))).toHaveLength(many.length);
    expect(readdirSync(out).sort()).toEqual(['events', 'sources', 'timeline.json']);
  });

  it('leaves nothing behind when another folder fails meanwhile', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-write-'));
    const early = writeInBackground(out, 'sources', many);
    expect(() =>
      writeAtomically(out, {
        folders: [
          { name: 'sources', files: [], written: early.dir, finish: () => early.finish() },
          { name: 'events', files: [{ name: 'no/such/dir.json', content: 'X' }] },
        ],
        index: { name: 'timeline.json', content: 'I' },
      }),
    ).toThrow();
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('makeFolder', () => {
  it('makes every missing folder on the way, and is content when it exists', () => {
    const root = mkdtempSync(join(tmpdir(), 'khatt-mkdir-'));
    makeFolder(join(root, 'a', 'b', 'c'));
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['c']);
    makeFolder(join(root, 'a', 'b', 'c'));
    makeFolder(root);
  });

  it("throws mkdir's own error where a folder cannot be made, instead of hanging as Node's recursive mkdir does", () => {
    // /proc answers ENOENT for any new folder although /proc exists: mkdirSync(…, { recursive })
    // loops forever there (Node 20).
    expect(() => makeFolder('/proc/khatt-test/data')).toThrow(
      expect.objectContaining({ code: 'ENOENT', syscall: 'mkdir', path: '/proc/khatt-test' }),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'khatt-mkdir-')), 'file');
    writeFileSync(file, 'x');
    expect(() => makeFolder(join(file, 'data', 'more'))).toThrow(
      expect.objectContaining({ code: 'ENOTDIR', syscall: 'mkdir', path: join(file, 'data', 'more') }),
    );
  });
});
