import { buildGraph } from '../../src/graph/build.js';
import type { ResourceGraph, WorldAssumption } from '../../src/graph/graph.js';
import { parseFile } from '../../src/parse/parse-file.js';

/** The graph of one YAML text, for tests of modules that read the graph. */
export function graphOf(yaml: string, assume: WorldAssumption = 'partial'): ResourceGraph {
  return buildGraph(parseFile('test.yaml', yaml).documents, { assume }).graph;
}
