import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  UsageError,
  lintProject
} from "./chunks/chunk-DMXODN6C.js";
import "./chunks/chunk-67DVGMNT.js";
import {
  ConfigError
} from "./chunks/chunk-FDL4ALVO.js";
import "./chunks/chunk-5NGFA7MV.js";
import "./chunks/chunk-BAYS3YCH.js";
import "./chunks/chunk-HXGYNRBG.js";
import "./chunks/chunk-6GEXV4UB.js";
import {
  formatStylish
} from "./chunks/chunk-BEF577ZY.js";
import {
  formatSarif
} from "./chunks/chunk-UF7VIIEM.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-BILRONOZ.js";
import "./chunks/chunk-SB3CA2D5.js";
import {
  annotationFor,
  workflowCommand
} from "./chunks/chunk-YVQC2Y4W.js";
import {
  countProblems,
  describeCounts
} from "./chunks/chunk-JO56CYII.js";
import {
  stripControl
} from "./chunks/chunk-XBCNXONG.js";
import "./chunks/chunk-4Q47YGAT.js";

// src/action/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/action/changed-lines.ts
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
function parseUnifiedDiff(diff) {
  const changed = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4).replace(/\t.*$/, "");
      current = void 0;
      if (target === "/dev/null") continue;
      const file = target.startsWith('"') ? JSON.parse(target) : target;
      current = [];
      changed.set(file.replace(/^b\//, ""), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return changed;
}
function changedLinesOfPullRequest(options) {
  if (options.eventPath === void 0) return void 0;
  let base;
  try {
    const event = JSON.parse(readFileSync(options.eventPath, "utf8"));
    const sha = event.pull_request?.base?.sha;
    base = typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
  if (base === void 0) return void 0;
  try {
    const diff = execFileSync("git", ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", `${base}...HEAD`, "--"], {
      cwd: options.workspace,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024
    });
    return parseUnifiedDiff(diff);
  } catch {
    return void 0;
  }
}
function touchesChangedLines(changed, file, startLine, endLine) {
  return (changed.get(file) ?? []).some(([from, to]) => startLine <= to && endLine >= from);
}

// src/action/env.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
var ActionEnvironment = class {
  constructor(env) {
    this.env = env;
  }
  env;
  /** Same naming as @actions/core: upper-cased, spaces to `_`, hyphens kept (`INPUT_FAIL-ON`). */
  input(name) {
    return (this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  }
  variable(name) {
    const value = this.env[name];
    return value === void 0 || value === "" ? void 0 : value;
  }
  /** `name<<delimiter` blocks, so any value (newlines included) is safe; the delimiter is random. */
  setOutput(name, value) {
    const file = this.variable("GITHUB_OUTPUT");
    if (file === void 0) return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
  }
  appendSummary(markdown) {
    const file = this.variable("GITHUB_STEP_SUMMARY");
    if (file !== void 0) appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}
`);
  }
};

// src/report/markdown.ts
function markdownText(text) {
  return stripControl(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/\r?\n|\r/g, " ");
}
function markdownLink(text, url) {
  return `[${markdownText(text)}](${encodeURI(url).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
function markdownTable(header, rows) {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

// src/action/summary.ts
var MAX_SUMMARY_BYTES = 512 * 1024;
var MAX_LISTED_FINDINGS = 500;
function fileLink(file, line, context) {
  const label = line === void 0 ? file : `${file}:${line}`;
  if (context.blobBase === void 0 || file.startsWith("/")) return markdownText(label);
  return markdownLink(label, `${context.blobBase}${file}${line === void 0 ? "" : `#L${line}`}`);
}
function renderSummary(result, context) {
  const counts = countProblems(result);
  const linted = result.files.filter((file) => file.skipped === void 0).length;
  const parts = ["## shipshape", ""];
  if (counts.errors + counts.warnings === 0) {
    parts.push(`No problems found in ${linted} file${linted === 1 ? "" : "s"} (${result.resourceCount} resources).`);
    return parts.join("\n") + "\n";
  }
  parts.push(`**${describeCounts(counts)}** in ${linted} file${linted === 1 ? "" : "s"} (${result.resourceCount} resources).`);
  if (context.sarifFile !== void 0) parts.push("", `SARIF written to \`${markdownText(context.sarifFile)}\`.`);
  const all = result.files.flatMap((file) => file.diagnostics);
  const byRule = /* @__PURE__ */ new Map();
  for (const diagnostic of all) {
    const entry = byRule.get(diagnostic.ruleId) ?? { severity: diagnostic.severity, count: 0, files: /* @__PURE__ */ new Set() };
    entry.count += 1;
    entry.files.add(diagnostic.range.file);
    if (diagnostic.severity === "error") entry.severity = "error";
    byRule.set(diagnostic.ruleId, entry);
  }
  const ruleRows = [...byRule.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).map(([ruleId, entry]) => [markdownLink(ruleId, ruleDocsUrl(ruleId)), entry.severity, String(entry.count), String(entry.files.size)]);
  parts.push("", "### Findings by rule", "", markdownTable(["Rule", "Severity", "Findings", "Files"], ruleRows));
  const fileRows = result.files.filter((file) => file.diagnostics.length > 0).map((file) => {
    const errors = file.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
    return [fileLink(file.path, void 0, context), String(errors), String(file.diagnostics.length - errors)];
  });
  parts.push("", "### Findings by file", "", markdownTable(["File", "Errors", "Warnings"], fileRows));
  const rows = [];
  let size = parts.join("\n").length;
  for (const diagnostic of all) {
    const row = [fileLink(diagnostic.range.file, diagnostic.range.start.line, context), diagnostic.severity, `\`${diagnostic.ruleId}\``, markdownText(diagnostic.message)];
    size += row.join(" | ").length + 4;
    if (rows.length >= MAX_LISTED_FINDINGS || size > MAX_SUMMARY_BYTES) break;
    rows.push(row);
  }
  const total = all.length;
  parts.push(
    "",
    `<details><summary>${rows.length === total ? `All ${total} findings` : `The first ${rows.length} of ${total} findings`}</summary>`,
    "",
    markdownTable(["Location", "Severity", "Rule", "Message"], rows),
    "",
    "</details>"
  );
  return parts.join("\n") + "\n";
}

// src/action/main.ts
var ANNOTATIONS_PER_LEVEL = 10;
function choice(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`input ${name} must be one of ${allowed.join(", ")}, not "${value}"`);
}
function selectAnnotations(result, changed, mode) {
  if (mode === "none") return { chosen: [], omitted: 0 };
  const rank = (diagnostic) => {
    if (changed === void 0) return 0;
    const { file, start, end } = diagnostic.range;
    if (touchesChangedLines(changed, file, start.line, end.line)) return 0;
    return changed.has(file) ? 1 : 2;
  };
  const candidates = result.files.flatMap((file) => file.diagnostics).map((diagnostic) => ({ diagnostic, rank: rank(diagnostic) })).filter((entry) => mode === "all" || changed === void 0 || entry.rank === 0).sort((a, b) => a.rank - b.rank);
  const chosen = [];
  const perLevel = { error: 0, warning: 0 };
  for (const { diagnostic } of candidates) {
    if (perLevel[diagnostic.severity] >= ANNOTATIONS_PER_LEVEL) continue;
    perLevel[diagnostic.severity] += 1;
    chosen.push(diagnostic);
  }
  return { chosen, omitted: candidates.length - chosen.length };
}
function splitPaths(value) {
  return value.split(/[\s]+/).filter((entry) => entry !== "");
}
async function runAction(env, stdout) {
  const action = new ActionEnvironment(env);
  const print = (line) => stdout(`${line}
`);
  const workspace = action.variable("GITHUB_WORKSPACE") ?? process.cwd();
  try {
    const failOn = choice("fail-on", action.input("fail-on"), ["error", "warning", "never"], "error");
    const mode = choice("annotations", action.input("annotations"), ["all", "changed", "none"], "all");
    const sarifInput = action.input("sarif-file");
    const kubernetesVersion = action.input("kubernetes-version");
    const configFile = action.input("config");
    const paths = splitPaths(action.input("paths"));
    const run = await lintProject({
      cwd: workspace,
      paths: paths.length === 0 ? ["."] : paths,
      ...configFile === "" ? {} : { configFile },
      flags: kubernetesVersion === "" ? {} : { kubernetesVersion }
    });
    const { result } = run;
    for (const problem of run.problems) print(workflowCommand("warning", { title: "shipshape" }, problem));
    for (const error of result.internalErrors) print(workflowCommand("error", { title: `shipshape internal error (${error.ruleId})` }, `${error.resource ?? ""} ${error.message}`.trim()));
    const changed = changedLinesOfPullRequest({ workspace, ...action.variable("GITHUB_EVENT_PATH") ? { eventPath: action.variable("GITHUB_EVENT_PATH") } : {} });
    const { chosen, omitted } = selectAnnotations(result, changed, mode);
    for (const diagnostic of chosen) print(annotationFor(diagnostic));
    if (omitted > 0) print(workflowCommand("notice", { title: "shipshape" }, `${omitted} more finding${omitted === 1 ? " is" : "s are"} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level); see the job summary or code scanning.`));
    const report = formatStylish(result, { color: true });
    if (report !== "") {
      print("::group::shipshape report");
      stdout(report);
      print("::endgroup::");
    }
    let sarifFile;
    if (sarifInput !== "") {
      const target = path.resolve(workspace, sarifInput);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, formatSarif(result, { rules: run.rules }));
      sarifFile = sarifInput;
    }
    const server = action.variable("GITHUB_SERVER_URL") ?? "https://github.com";
    const repository = action.variable("GITHUB_REPOSITORY");
    const sha = action.variable("GITHUB_SHA");
    action.appendSummary(
      renderSummary(result, {
        ...repository !== void 0 && sha !== void 0 ? { blobBase: `${server}/${repository}/blob/${sha}/` } : {},
        ...sarifFile === void 0 ? {} : { sarifFile }
      })
    );
    const counts = countProblems(result);
    action.setOutput("error-count", String(counts.errors));
    action.setOutput("warning-count", String(counts.warnings));
    action.setOutput("sarif-file", sarifFile ?? "");
    if (result.internalErrors.length > 0) return 1;
    const failing = failOn === "error" ? counts.errors : failOn === "warning" ? counts.errors + counts.warnings : 0;
    if (failing > 0) {
      print(workflowCommand("error", { title: "shipshape" }, `shipshape found ${counts.errors} error${counts.errors === 1 ? "" : "s"} and ${counts.warnings} warning${counts.warnings === 1 ? "" : "s"} (fail-on: ${failOn}).`));
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      const file = path.relative(workspace, error.file).split(path.sep).join("/");
      print(workflowCommand("error", { file, ...error.line === void 0 ? {} : { line: error.line, col: error.column ?? 1 }, title: "shipshape config" }, error.detail));
    } else {
      print(workflowCommand("error", { title: "shipshape" }, error instanceof Error ? error.message : String(error)));
    }
    return 1;
  }
}

// src/action/run.ts
process.exitCode = await runAction(process.env, (text) => process.stdout.write(text));
