import { describe, expect, it } from 'vitest';
import { dynamicImports, staticImports, workerScripts } from './check-size';

describe('staticImports', () => {
  it('finds the chunks a built module imports statically, not the ones it loads with import()', () => {
    const code =
      'import{a as b,c}from"./vendor-1.js";import"./side-2.js";export*from"./re-3.js";' +
      'const t=()=>import("./Timeline-4.js");import {x} from "./spaced-5.js"';
    expect(staticImports(code).sort()).toEqual(['./re-3.js', './side-2.js', './spaced-5.js', './vendor-1.js']);
  });
});

describe('workerScripts', () => {
  it('finds the worker scripts a built module starts, as Vite writes them', () => {
    const code =
      'let i=new Worker(new URL(new URL(`read-dataset.worker-szdsxQAQ.js`,import.meta.url).href,``+import.meta.url),{type:`module`});' +
      'new Worker(new URL("./other.worker-1.js",import.meta.url));const u=new URL("data.json",import.meta.url)';
    expect(workerScripts(code).sort()).toEqual(['./other.worker-1.js', './read-dataset.worker-szdsxQAQ.js']);
  });
});

describe('dynamicImports', () => {
  it('finds the chunks a built module loads with import()', () => {
    const code = 'const a=import(`./validate-dataset-q.js`);import("./b-1.js");import{c}from"./c-2.js";x.import("y")';
    expect(dynamicImports(code).sort()).toEqual(['./b-1.js', './validate-dataset-q.js']);
  });
});
