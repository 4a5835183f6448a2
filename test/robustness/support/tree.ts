import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A scratch directory for one test file; `write` creates parent folders, `link` makes symlinks. */
export class Scratch {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'shipshape-robustness-'));

  path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  write(relative: string, content: string | Uint8Array): string {
    const file = this.path(relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  mkdir(relative: string): string {
    const dir = this.path(relative);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  link(relative: string, target: string): void {
    const file = this.path(relative);
    mkdirSync(path.dirname(file), { recursive: true });
    symlinkSync(target, file);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A Service that selects no pod and a Deployment in its namespace: one finding a run must still print. */
export const SERVICE_WITHOUT_PODS = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: wbe
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource?: { kind: string; name: string; namespace?: string };
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  skipped?: string;
}

export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** Rule ids reported per file, for compact assertions. */
export function rulesByFile(results: readonly JsonResult[]): Record<string, string[]> {
  return Object.fromEntries(results.map((result) => [result.filePath, result.messages.map((message) => message.ruleId)]));
}
