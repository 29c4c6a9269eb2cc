import { describe, expect, it } from 'vitest';
import { staticImports } from './check-size';

describe('staticImports', () => {
  it('finds the chunks a built module imports statically, not the ones it loads with import()', () => {
    const code =
      'import{a as b,c}from"./vendor-1.js";import"./side-2.js";export*from"./re-3.js";' +
      'const t=()=>import("./Timeline-4.js");import {x} from "./spaced-5.js"';
    expect(staticImports(code).sort()).toEqual(['./re-3.js', './side-2.js', './spaced-5.js', './vendor-1.js']);
  });
});
