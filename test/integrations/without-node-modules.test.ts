import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, buildBundle } from '../support/bundle.js';

const POLICIES = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: allow-frontend, namespace: shop }
spec:
  selector:
    matchLabels: { app: cart }
  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/shop/sa/frontend"]
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: gateway-policy, namespace: shop }
spec:
  targetRefs:
    - kind: Gateway
      group: gateway.networking.k8s.io
      name: ${'g'.repeat(300)}
`;

// The GitHub Action runs the committed bundle and schemas from a checkout, with no node_modules; a
// generated validator that required ajv's runtime helpers from there failed on every object with a
// length limit (Istio, Gateway API) with an internal error.
it('validates schemas with length limits from a package without node_modules (as the Action runs it)', () => {
  const packageDir = mkdtempSync(path.join(tmpdir(), 'shipshape-bare-'));
  cpSync(buildBundle(), path.join(packageDir, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'schemas'), path.join(packageDir, 'schemas'), { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-bare-input-'));
  writeFileSync(path.join(work, 'policies.yaml'), POLICIES);
  let stdout = '';
  let stderr = '';
  let code = 0;
  try {
    stdout = execFileSync(process.execPath, [path.join(packageDir, 'dist', 'shipshape.cjs'), 'policies.yaml', '--format', 'stylish', '--no-color'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    ({ status: code, stdout, stderr } = failed);
  }
  expect(stderr).not.toMatch(/internal error/);
  expect(code).toBe(1);
  expect(stdout).toMatch(/spec\.targetRefs\[0\]\.name must be at most 253 characters long; it has 300 +schema/);
  expect(stdout).toMatch(/1 problem/);
}, 120_000);
