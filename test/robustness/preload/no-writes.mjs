// Loaded with `node --import` by test/robustness/trust.test.ts: every file-system call that writes,
// creates, moves or deletes is logged to SHIPSHAPE_TEST_WRITE_LOG and refused, unless it targets the
// one path named by SHIPSHAPE_TEST_ALLOW_WRITE (the report file given with --output-file) or lies in
// SHIPSHAPE_TEST_ALLOW_WRITE_DIR (the code cache's directory).
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

// Opened before any function is guarded; written with writeSync, which is not guarded.
const log = process.env.SHIPSHAPE_TEST_WRITE_LOG ? fs.openSync(process.env.SHIPSHAPE_TEST_WRITE_LOG, 'a') : undefined;
const allowed = process.env.SHIPSHAPE_TEST_ALLOW_WRITE ? path.resolve(process.env.SHIPSHAPE_TEST_ALLOW_WRITE) : undefined;
const allowedDir = process.env.SHIPSHAPE_TEST_ALLOW_WRITE_DIR ? path.resolve(process.env.SHIPSHAPE_TEST_ALLOW_WRITE_DIR) : undefined;

function mayWrite(file) {
  return file === allowed || (allowedDir !== undefined && (file === allowedDir || file.startsWith(allowedDir + path.sep)));
}

const WRITING_FLAGS = /[wa+]/;
const { O_WRONLY, O_RDWR, O_CREAT, O_APPEND, O_TRUNC } = fs.constants;

function writes(name, args) {
  if (name === 'open' || name === 'openSync') {
    const flags = args[1];
    if (flags === undefined) return false;
    if (typeof flags === 'number') return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_APPEND | O_TRUNC)) !== 0;
    return WRITING_FLAGS.test(String(flags));
  }
  if (name === 'createWriteStream') return true;
  return true;
}

// Node's own fs functions call each other through the module object (writeFileSync calls
// fs.openSync): calls made while a guarded call runs are Node's internals and pass through.
let depth = 0;

function guard(target, prefix, names) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function guarded(...args) {
      if (depth > 0) return original.apply(this, args);
      depth += 1;
      try {
        const first = args[0];
        const file = typeof first === 'string' || first instanceof URL || Buffer.isBuffer(first) ? path.resolve(String(first instanceof URL ? first.pathname : first)) : String(first);
        if (writes(name, args) && !mayWrite(file)) {
          if (log !== undefined) fs.writeSync(log, `${prefix}.${name} ${file}\n`);
          throw Object.assign(new Error(`EACCES: writing is not allowed here (${prefix}.${name} ${file})`), { code: 'EACCES' });
        }
        return original.apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  }
}

const SYNC_AND_CALLBACK = ['writeFile', 'appendFile', 'open', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'rename', 'unlink', 'copyFile', 'cp', 'symlink', 'link', 'truncate', 'chmod', 'chown', 'utimes', 'createWriteStream'];
guard(fs, 'fs', [...SYNC_AND_CALLBACK, ...SYNC_AND_CALLBACK.map((name) => `${name}Sync`)]);
guard(fsPromises, 'fs.promises', SYNC_AND_CALLBACK);
syncBuiltinESMExports();
