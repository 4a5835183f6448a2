import { parseArgs } from 'node:util';

export interface CliOptions {
  command: 'lint' | 'rules' | 'explain' | 'lsp' | 'help' | 'version';
  paths: string[];
  /** Paths loaded for cross-resource context only; findings are reported for `paths`. */
  context: string[];
  format: string;
  config?: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  stdinFilename?: string;
  rules: string[];
  kubernetesVersion?: string;
  schemaDirs?: string[];
  clusterDomain?: string;
  assume?: 'partial' | 'complete';
  color?: boolean;
  stdio: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: shipshape [options] [paths...]      lint manifests (default: the current directory)
       shipshape rules                       list the rules
       shipshape explain <rule-id>           show a rule's Diagnosis / Fix / Why
       shipshape lsp --stdio                 run the language server

Paths are files, directories (searched for *.yaml, *.yml, *.json) or globs; "-" reads stdin.

Options:
  -f, --format <name>          friendly (default), stylish, json, sarif, github, junit, checkstyle
  -c, --config <file>          use this config instead of the nearest .shipshape.yaml
  -o, --output-file <file>     write the report to a file instead of stdout
      --max-warnings <n>       exit 1 when there are more than n warnings
      --quiet                  report errors only
      --rule <id:severity>     set a rule's severity (off, warn, error); repeatable
      --context <path>         also load this path (file, directory, glob) so cross-resource rules
                               see it, but report only findings in the paths given; repeatable.
                               Made for pre-commit: \`shipshape --context . <staged files>\`
      --stdin-filename <name>  the name to report for stdin (replaces that file when it is loaded)
      --kubernetes-version <v> target Kubernetes version (e.g. 1.35)
      --schema-dir <dir>       extra JSON Schemas in kubeconform's layout (<kind>-<group>-<version>.json); repeatable
      --cluster-domain <d>     cluster DNS domain (default cluster.local)
      --assume <world>         partial (default) or complete: the input is the whole cluster
      --color, --no-color      force colour on or off (default: on for a terminal, honours NO_COLOR)
  -v, --version                print the version
  -h, --help                   print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or internal error.
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        context: { type: 'string', multiple: true },
        'stdin-filename': { type: 'string' },
        'kubernetes-version': { type: 'string' },
        'schema-dir': { type: 'string', multiple: true },
        'cluster-domain': { type: 'string' },
        assume: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        stdio: { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let command: CliOptions['command'] = 'lint';
  let paths = positionals;
  const first = positionals[0];
  if (first === 'rules' || first === 'explain' || first === 'lsp') {
    command = first;
    paths = positionals.slice(1);
  }
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  }
  const assume = values.assume;
  if (assume !== undefined && assume !== 'partial' && assume !== 'complete') throw new UsageError(`--assume takes partial or complete, not "${assume}"`);
  const color = values['no-color'] ? false : values.color ? true : undefined;
  return {
    command,
    paths,
    context: values.context ?? [],
    format: values.format ?? 'friendly',
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values['output-file'] === undefined ? {} : { outputFile: values['output-file'] }),
    ...(maxWarnings === undefined ? {} : { maxWarnings }),
    quiet: values.quiet ?? false,
    ...(values['stdin-filename'] === undefined ? {} : { stdinFilename: values['stdin-filename'] }),
    rules: values.rule ?? [],
    ...(values['kubernetes-version'] === undefined ? {} : { kubernetesVersion: values['kubernetes-version'] }),
    ...(values['schema-dir'] === undefined ? {} : { schemaDirs: values['schema-dir'] }),
    ...(values['cluster-domain'] === undefined ? {} : { clusterDomain: values['cluster-domain'] }),
    ...(assume === undefined ? {} : { assume }),
    ...(color === undefined ? {} : { color }),
    stdio: values.stdio ?? false,
  };
}
