import { describe, expect, it } from 'vitest';
import { fileChunks, parseFile, parseFileWith, readChunkFast } from '../src/parse/parse-file.js';
import { PARALLEL_MIN_BYTES, workerCount } from '../src/parse/parallel.js';

const TEXT = [
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  k: v\n',
  '# only a comment\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  name: b\n',
  'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: s}\n',
  'anchor: &x {a: 1}\nalias: *x\n',
  'broken: [\n',
].join('---\n');

function summary(file: ReturnType<typeof parseFile>) {
  return {
    documents: file.documents.map((document) => ({ index: document.index, item: document.item, value: document.value, basePath: document.basePath, range: document.locator.rangeOf([...document.basePath, 'metadata', 'name']) })),
    problems: file.problems,
  };
}

describe('parse stage across threads', () => {
  it('assembles the same file from values read elsewhere (as a worker reads them)', () => {
    const values = fileChunks('f.yaml', TEXT).map((chunk) => readChunkFast(chunk.text) ?? null);
    expect(summary(parseFileWith('f.yaml', TEXT, values))).toEqual(summary(parseFile('f.yaml', TEXT)));
  });

  it('uses workers only when asked and when the input is large', () => {
    expect(workerCount({}, PARALLEL_MIN_BYTES * 4)).toBe(0);
    expect(workerCount({ SHIPSHAPE_WORKERS: '0' }, PARALLEL_MIN_BYTES * 4)).toBe(0);
    expect(workerCount({ SHIPSHAPE_WORKERS: '2' }, PARALLEL_MIN_BYTES - 1)).toBe(0);
    expect(workerCount({ SHIPSHAPE_WORKERS: '2' }, PARALLEL_MIN_BYTES)).toBe(2);
    expect(workerCount({ SHIPSHAPE_WORKERS: 'many' }, PARALLEL_MIN_BYTES)).toBe(0);
  });
});
