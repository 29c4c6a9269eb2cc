import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamFolder } from './stream-writer';
import { writeAtomically } from './write';

describe('streamFolder', () => {
  it('writes every file handed over, for writeAtomically to move into place', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-stream-'));
    const files = Array.from({ length: 450 }, (_, i) => ({
      name: `t${i}.json`,
      content: `{"n":${i},"ar":"بيونغ يانغ"}\n`,
    }));
    files.push({ name: 'empty.json', content: '' }, { name: 'big.json', content: 'B'.repeat(100_000) });
    const stream = streamFolder(out, 'sources');
    for (let i = 0; i < files.length; i += 7) stream.add(files.slice(i, i + 7));
    writeAtomically(out, {
      folders: [{ name: 'sources', files: [], written: stream.dir, finish: () => stream.finish() }],
      index: { name: 'timeline.json', content: 'I' },
    });
    expect(readdirSync(out).sort()).toEqual(['sources', 'timeline.json']);
    expect(readdirSync(join(out, 'sources'))).toHaveLength(files.length);
    for (const f of files) expect(readFileSync(join(out, 'sources', f.name), 'utf8')).toBe(f.content);
  });

  it('reports a failure, and leaves nothing behind', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-stream-'));
    const stream = streamFolder(out, 'sources');
    stream.add([
      { name: 'a.json', content: 'A' },
      { name: 'no/such/dir.json', content: 'X' },
    ]);
    stream.add([{ name: 'c.json', content: 'C' }]);
    // The system error's code comes across, so the CLI tells an unwritable output from a bug.
    expect(() => stream.finish()).toThrow(
      expect.objectContaining({
        code: 'ENOENT',
        syscall: 'open',
        message: expect.stringMatching(/no\/such\/dir\.json/),
      }),
    );
    stream.abort();
    expect(readdirSync(out)).toEqual([]);
  });

  it('is removed when aborted while it writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'khatt-stream-'));
    const stream = streamFolder(out, 'sources');
    stream.add(Array.from({ length: 1000 }, (_, i) => ({ name: `t${i}.json`, content: 'T' })));
    stream.abort();
    expect(readdirSync(out)).toEqual([]);
  });
});
