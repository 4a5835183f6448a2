import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  fileChunks,
  parseFile,
  parseFileWith,
  readChunkFast
} from "./chunk-7DOSKQIT.js";
import "./chunk-6P77WBIQ.js";
import "./chunk-6GEXV4UB.js";
import "./chunk-4Q47YGAT.js";

// src/parse/parallel.ts
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var WORKER_FLAG = "shipshapeParseWorker";
if (!isMainThread && workerData?.[WORKER_FLAG] === true && parentPort) {
  const port = parentPort;
  port.on("message", (request) => {
    const reply = { values: request.texts.map((text) => readChunkFast(text) ?? null) };
    port.postMessage(reply);
  });
}
var PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
function workerCount(env, bytes) {
  const setting = env["SHIPSHAPE_WORKERS"];
  if (setting === void 0 || setting === "" || bytes < PARALLEL_MIN_BYTES) return 0;
  const wanted = setting === "auto" ? availableParallelism() - 1 : Number.parseInt(setting, 10);
  return Number.isFinite(wanted) ? Math.max(0, Math.min(wanted, 16)) : 0;
}
function runWorker(texts) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_FLAG]: true } });
    worker.once("message", (reply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage({ texts });
  });
}
async function parseInParallel(sources, workers) {
  const chunks = sources.map((source) => fileChunks(source.path, source.text));
  const all = chunks.flat();
  const total = all.reduce((sum, chunk) => sum + chunk.text.length, 0);
  const shares = Array.from({ length: workers + 1 }, () => []);
  let done = 0;
  for (const chunk of all) {
    const share = Math.min(workers, Math.floor(done / total * (workers + 1)));
    shares[share]?.push(chunk.text);
    done += chunk.text.length;
  }
  const pending = shares.slice(1).map((texts) => runWorker(texts));
  const own = (shares[0] ?? []).map((text) => readChunkFast(text) ?? null);
  let replies;
  try {
    replies = await Promise.all(pending);
  } catch {
    return parseFile;
  }
  const values = [own, ...replies.map((reply) => reply.values)].flat();
  const parsed = /* @__PURE__ */ new Map();
  let at = 0;
  sources.forEach((source, i) => {
    const count = chunks[i]?.length ?? 0;
    const fileValues = values.slice(at, at + count);
    at += count;
    parsed.set(source.path, parseFileWith(source.path, source.text, fileValues));
  });
  return (path, text) => {
    const found = parsed.get(path);
    return found !== void 0 && found.text === text ? found : parseFile(path, text);
  };
}
export {
  PARALLEL_MIN_BYTES,
  parseInParallel,
  workerCount
};
