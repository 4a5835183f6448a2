/**
 * The fast reads of the parse stage spread over worker threads, for large inputs. The main thread
 * cuts every file into documents, keeps one share of them for itself and sends the others to
 * workers, which answer with the documents' values; the main thread then assembles the ParsedFiles
 * (positions stay lazy and are computed on the main thread, as before). Only `readChunkFast` runs in a
 * worker, so results are exactly those of `parseFile`; the tolerant path always runs on the main thread.
 *
 * This module is also the workers' entry: loaded in a worker, it serves parse requests.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fileChunks, parseFile, parseFileWith, readChunkFast, type ChunkValues, type FastValue, type ParsedFile } from './parse-file.js';

interface WorkRequest {
  /** Document texts, in the order of the reply. */
  texts: string[];
}

interface WorkReply {
  values: (FastValue | null)[];
}

const WORKER_FLAG = 'shipshapeParseWorker';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true && parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkRequest) => {
    const reply: WorkReply = { values: request.texts.map((text) => readChunkFast(text) ?? null) };
    port.postMessage(reply);
  });
}

/** Below this many bytes a worker's start-up (about 40 ms) costs more than its share saves. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * How many worker threads to use: `SHIPSHAPE_WORKERS` (0 turns them off) or, by default, none —
 * measured on the project's 2-core machine they did not pay (see BENCHMARKS.md). With a count set,
 * inputs smaller than PARALLEL_MIN_BYTES still parse on the main thread.
 */
export function workerCount(env: Readonly<Record<string, string | undefined>>, bytes: number): number {
  const setting = env['SHIPSHAPE_WORKERS'];
  if (setting === undefined || setting === '' || bytes < PARALLEL_MIN_BYTES) return 0;
  const wanted = setting === 'auto' ? availableParallelism() - 1 : Number.parseInt(setting, 10);
  return Number.isFinite(wanted) ? Math.max(0, Math.min(wanted, 16)) : 0;
}

function runWorker(texts: string[]): Promise<WorkReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_FLAG]: true } });
    worker.once('message', (reply: WorkReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage({ texts } satisfies WorkRequest);
  });
}

/**
 * Parses files with `workers` helper threads, and returns a `parse` function for `lint()` that hands
 * out the results (and parses anything else it is asked for on the spot). Falls back to the main
 * thread alone if a worker cannot start.
 */
export async function parseInParallel(sources: readonly { path: string; text: string }[], workers: number): Promise<(path: string, text: string) => ParsedFile> {
  const chunks = sources.map((source) => fileChunks(source.path, source.text));
  const all = chunks.flat();
  const total = all.reduce((sum, chunk) => sum + chunk.text.length, 0);
  // Contiguous shares of about equal size; share 0 stays on the main thread.
  const shares: string[][] = Array.from({ length: workers + 1 }, () => []);
  let done = 0;
  for (const chunk of all) {
    const share = Math.min(workers, Math.floor((done / total) * (workers + 1)));
    shares[share]?.push(chunk.text);
    done += chunk.text.length;
  }
  const pending = shares.slice(1).map((texts) => runWorker(texts));
  const own = (shares[0] ?? []).map((text) => readChunkFast(text) ?? null);
  let replies: WorkReply[];
  try {
    replies = await Promise.all(pending);
  } catch {
    return parseFile;
  }
  const values = [own, ...replies.map((reply) => reply.values)].flat();
  const parsed = new Map<string, ParsedFile>();
  let at = 0;
  sources.forEach((source, i) => {
    const count = chunks[i]?.length ?? 0;
    const fileValues: ChunkValues = values.slice(at, at + count);
    at += count;
    parsed.set(source.path, parseFileWith(source.path, source.text, fileValues));
  });
  return (path, text) => {
    const found = parsed.get(path);
    return found !== undefined && found.text === text ? found : parseFile(path, text);
  };
}
