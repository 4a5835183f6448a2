import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  SHARD_RULES,
  compareDiagnostics,
  lint
} from "./chunk-5NGFA7MV.js";
import "./chunk-BAYS3YCH.js";
import "./chunk-HXGYNRBG.js";
import "./chunk-6GEXV4UB.js";
import "./chunk-4Q47YGAT.js";

// src/cli/rule-shard.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var WORKER_FLAG = "shipshapeRuleShard";
function replyOf(result) {
  return { files: result.files.map((file) => ({ path: file.path, diagnostics: file.diagnostics })), internalErrors: result.internalErrors };
}
if (!isMainThread && workerData?.[WORKER_FLAG] === true && parentPort) {
  const port = parentPort;
  port.once("message", (request) => {
    void (async () => {
      const { rules } = await import("./rules-6VJLZXB6.js");
      const wanted = new Set(request.ruleIds);
      const result = lint(request.sources, request.config, rules.filter((rule) => wanted.has(rule.id)));
      port.postMessage(replyOf(result));
    })();
  });
}
function runShard(request) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_FLAG]: true } });
    worker.once("message", (reply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the lint worker stopped with code ${code}`)));
    worker.postMessage(request);
  });
}
function mergeShard(main, shard, rules) {
  const extra = new Map(shard.files.map((file) => [file.path, file.diagnostics]));
  const files = main.files.map((file) => {
    const more = extra.get(file.path);
    return more === void 0 || more.length === 0 ? file : { ...file, diagnostics: [...file.diagnostics, ...more].sort(compareDiagnostics) };
  });
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  const rank = (error) => order.get(error.ruleId) ?? rules.length;
  const internalErrors = [...main.internalErrors, ...shard.internalErrors].sort((a, b) => rank(a) - rank(b));
  return { ...main, files, internalErrors };
}
async function lintInTwoThreads(sources, config, rules, lintHere, timings) {
  const shardIds = rules.filter((rule) => SHARD_RULES.has(rule.id)).map((rule) => rule.id);
  const pending = runShard({ sources, config, ruleIds: shardIds });
  pending.catch(() => void 0);
  const here = lintHere(rules.filter((rule) => !SHARD_RULES.has(rule.id)));
  const waiting = performance.now();
  try {
    const reply = await pending;
    timings?.add("wait for the worker", performance.now() - waiting);
    return mergeShard(here, reply, rules);
  } catch {
    return mergeShard(here, replyOf(lintHere(rules.filter((rule) => SHARD_RULES.has(rule.id)))), rules);
  }
}
export {
  lintInTwoThreads,
  mergeShard
};
