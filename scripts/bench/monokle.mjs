// The @monokle/validation peer as a whole process, fully offline: `node monokle.mjs <definitions.json>
// <output.json> <plugins> <path>...`. The package has no file-to-resource extractor and no CLI, so this
// harness does what an integration has to: find the files, cut them into resources with `yaml` (the
// parser Monokle itself uses), run the validator and write its SARIF-like response to a file. Network
// access is replaced by a thrower so that a schema lookup can never reach the internet silently.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DefaultPluginLoader, DisabledFixer, MonokleValidator, ResourceParser, SchemaLoader } from '@monokle/validation';

globalThis.fetch = () => Promise.reject(new Error('network disabled in the benchmark'));

const [definitionsFile, outputFile, pluginList, ...inputs] = process.argv.slice(2);
if (!definitionsFile || !outputFile || !pluginList || inputs.length === 0) {
  process.stderr.write('usage: monokle.mjs <definitions.json> <output.json> <plugin,plugin> <path>...\n');
  process.exit(2);
}

/** Serves one local definitions document for every version; per-kind lookups fall back to it. */
class LocalSchemaLoader extends SchemaLoader {
  constructor(schema) {
    super('http://offline.invalid');
    this.full = schema;
  }
  async getFullSchema() {
    return { url: 'file://definitions.json', schema: this.full };
  }
  async getResourceSchema() {
    return undefined;
  }
}

function collect(entry, out) {
  const stats = statSync(entry);
  if (stats.isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      collect(path.join(entry, name), out);
    }
  } else if (/\.(ya?ml|json)$/i.test(entry) || out.length === 0) {
    out.push(entry);
  }
  return out;
}

const files = inputs.flatMap((input) => collect(input, []));
const resources = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let index = 0;
  for (const doc of parseAllDocuments(text)) {
    const content = doc.toJS();
    index += 1;
    if (content === null || typeof content !== 'object' || typeof content.kind !== 'string') continue;
    const [start, , end] = doc.range;
    resources.push({
      id: `${file}#${index}`,
      fileId: file,
      filePath: file,
      fileOffset: start,
      name: content.metadata?.name ?? '',
      apiVersion: String(content.apiVersion ?? ''),
      kind: content.kind,
      namespace: content.metadata?.namespace,
      content,
      text: text.slice(start, end),
    });
  }
}

const plugins = Object.fromEntries(pluginList.split(',').map((name) => [name, true]));
const validator = new MonokleValidator({
  loader: new DefaultPluginLoader(),
  parser: new ResourceParser(),
  schemaLoader: new LocalSchemaLoader(JSON.parse(readFileSync(definitionsFile, 'utf8'))),
  suppressors: [],
  fixer: new DisabledFixer(),
});
await validator.preload({ plugins, settings: { 'kubernetes-schema': { schemaVersion: '1.35.0' } } });
const response = await validator.validate({ resources });
const results = response.runs.flatMap((run) => run.results);
writeFileSync(outputFile, JSON.stringify({ resources: resources.length, results: results.length, runs: response.runs.map((run) => run.results) }));
