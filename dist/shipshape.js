import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  HELP,
  UsageError,
  builtinRules,
  lintProject,
  parseCliArgs
} from "./chunks/chunk-DMXODN6C.js";
import "./chunks/chunk-67DVGMNT.js";
import {
  ConfigError
} from "./chunks/chunk-FDL4ALVO.js";
import {
  Timings
} from "./chunks/chunk-5NGFA7MV.js";
import "./chunks/chunk-BAYS3YCH.js";
import "./chunks/chunk-HXGYNRBG.js";
import "./chunks/chunk-6GEXV4UB.js";
import {
  VERSION,
  renderRuleDocs,
  renderRulesTable
} from "./chunks/chunk-SB3CA2D5.js";
import {
  countProblems
} from "./chunks/chunk-JO56CYII.js";
import {
  oneLine
} from "./chunks/chunk-XBCNXONG.js";
import "./chunks/chunk-4Q47YGAT.js";

// src/cli/main.ts
import { writeFileSync } from "node:fs";
import path from "node:path";

// src/report/formatters.ts
var FORMATTERS = {
  friendly: async () => (await import("./chunks/friendly-5M2OB2TQ.js")).formatFriendly,
  stylish: async () => (await import("./chunks/stylish-K7RXCZZM.js")).formatStylish,
  json: async () => (await import("./chunks/json-LOGJST4T.js")).formatJson,
  sarif: async () => (await import("./chunks/sarif-GSG5TTXP.js")).formatSarif,
  github: async () => (await import("./chunks/github-MJINRTDD.js")).formatGithub,
  junit: async () => (await import("./chunks/junit-5EBILYB4.js")).formatJunit,
  checkstyle: async () => (await import("./chunks/checkstyle-JBAFXJX6.js")).formatCheckstyle
};
function formatNames() {
  return Object.keys(FORMATTERS);
}
async function loadFormatter(name) {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name) ? await FORMATTERS[name]() : void 0;
}

// src/cli/io.ts
var EXIT_OK = 0;
var EXIT_PROBLEMS = 1;
var EXIT_FAILURE = 2;

// src/cli/main.ts
function useColor(options, io) {
  if (options.color !== void 0) return options.color;
  if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "") return false;
  if (io.env["FORCE_COLOR"] !== void 0) return io.env["FORCE_COLOR"] !== "0";
  return io.isTty && options.outputFile === void 0;
}
function exitCodeFor(result, options) {
  if (result.internalErrors.length > 0) return EXIT_FAILURE;
  const { errors, warnings } = countProblems(result);
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}
async function runLint(options, io) {
  const timings = io.env["SHIPSHAPE_TIMING"] ? new Timings() : void 0;
  timings?.add("start-up", performance.now());
  const formatter = await loadFormatter(options.format);
  if (formatter === void 0) throw new UsageError(`unknown format "${options.format}"; choose one of ${formatNames().join(", ")}`);
  const run = await lintProject({
    cwd: io.cwd,
    paths: options.paths,
    ...options.context.length > 0 ? { context: options.context } : {},
    ...options.stdinFilename === void 0 ? {} : { stdinFilename: options.stdinFilename },
    readStdin: io.readStdin,
    ...options.config === void 0 ? {} : { configFile: options.config },
    flags: {
      rules: options.rules,
      ...options.kubernetesVersion === void 0 ? {} : { kubernetesVersion: options.kubernetesVersion },
      ...options.schemaDirs === void 0 ? {} : { schemaDirs: options.schemaDirs },
      ...options.clusterDomain === void 0 ? {} : { clusterDomain: options.clusterDomain },
      ...options.assume === void 0 ? {} : { assume: options.assume }
    },
    ...timings ? { timings } : {}
  });
  const { problems } = run;
  let result = run.result;
  for (const problem of problems) io.stderr(`shipshape: ${oneLine(problem)}
`);
  if (result.files.length === 0 && problems.length > 0) return EXIT_FAILURE;
  if (options.quiet) {
    result = { ...result, files: result.files.map((file) => ({ ...file, diagnostics: file.diagnostics.filter((diagnostic) => diagnostic.severity === "error") })) };
  }
  if (!options.quiet) {
    for (const file of result.files) if (file.skipped !== void 0) io.stderr(`shipshape: skipped ${oneLine(file.path)}: ${file.skipped}
`);
  }
  for (const error of result.internalErrors) {
    io.stderr(`shipshape: internal error in rule ${error.ruleId}${error.resource ? ` on ${oneLine(error.resource)}` : ""}: ${oneLine(error.message)}
`);
  }
  const formatted = performance.now();
  const output = await formatter(result, { cwd: io.cwd, color: useColor(options, io), rules: run.rules });
  if (options.outputFile !== void 0) writeFileSync(path.resolve(io.cwd, options.outputFile), output);
  else io.stdout(output);
  if (timings) {
    timings.add("format and write", performance.now() - formatted);
    io.stderr(timings.render(io.env["SHIPSHAPE_TIMING"] === "all" ? Number.POSITIVE_INFINITY : 10));
  }
  if (problems.length > 0) return EXIT_FAILURE;
  return exitCodeFor(result, options);
}
async function runExplain(options, io) {
  const id = options.paths[0];
  const builtins = await builtinRules();
  const rule = builtins.find((candidate) => candidate.id === id);
  if (id === void 0 || rule === void 0) throw new UsageError(id === void 0 ? "explain needs a rule id (see `shipshape rules`)" : `unknown rule "${id}" (see \`shipshape rules\`)`);
  const { examples } = await import("./chunks/examples-5EZOZBXF.js");
  io.stdout(renderRuleDocs(rule, examples[rule.id]));
  return EXIT_OK;
}
async function runLanguageServer(options) {
  if (!options.stdio) throw new UsageError("the language server talks over stdio: run `shipshape lsp --stdio`");
  const { startServer } = await import("./chunks/server-FTH7HCLH.js");
  await startServer();
  return EXIT_OK;
}
async function main(argv, io) {
  try {
    const options = parseCliArgs(argv);
    switch (options.command) {
      case "help":
        io.stdout(HELP);
        return EXIT_OK;
      case "version":
        io.stdout(`${VERSION}
`);
        return EXIT_OK;
      case "rules":
        io.stdout(renderRulesTable(await builtinRules()));
        return EXIT_OK;
      case "explain":
        return await runExplain(options, io);
      case "lsp":
        return await runLanguageServer(options);
      default:
        return await runLint(options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}
Run \`shipshape --help\` for usage.
`);
      return EXIT_FAILURE;
    }
    if (error instanceof ConfigError) {
      io.stderr(`shipshape: config error: ${oneLine(error.message)}
`);
      return EXIT_FAILURE;
    }
    io.stderr(`shipshape: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}
`);
    return EXIT_FAILURE;
  }
}

// src/cli/run.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTty: process.stdout.isTTY === true
});
process.exitCode = code;
