import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { EslintResult } from '../../src/report/eslint-results.js';

async function run(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => new Uint8Array(), isTty: false });
  return { code, stdout, stderr };
}

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-schema-dir-'));
  mkdirSync(path.join(dir, 'schemas'));
  // kubeconform's layout: <kind>-<first label of the group>-<version>.json, draft-04 header included.
  writeFileSync(
    path.join(dir, 'schemas', 'widget-example-v1.json'),
    JSON.stringify({
      $schema: 'http://json-schema.org/schema#',
      type: 'object',
      additionalProperties: false,
      properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec: { $ref: '#/definitions/spec' } },
      definitions: { spec: { type: 'object', additionalProperties: false, properties: { size: { type: 'integer' } } } },
    }),
  );
  writeFileSync(path.join(dir, 'widget.yaml'), 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: a\nspec:\n  size: big\n  colour: red\n');
  return dir;
}

describe('--schema-dir', () => {
  it('validates custom resources against JSON Schemas in kubeconform layout', async () => {
    const dir = project();
    const { code, stdout } = await run(dir, ['widget.yaml', '--schema-dir', 'schemas', '--format', 'json']);
    const messages = (JSON.parse(stdout) as EslintResult[]).flatMap((result) => result.messages).map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`);
    expect(messages).toEqual(['schema 6:9 spec.size must be an integer, not the string "big"', 'schema 7:3 unknown-field: spec.colour is not a field of spec']);
    expect(code).toBe(1);
  });

  it('without it, the kind is unknown', async () => {
    const { stdout } = await run(project(), ['widget.yaml', '--format', 'json']);
    expect((JSON.parse(stdout) as EslintResult[]).flatMap((result) => result.messages).map((message) => message.ruleId)).toEqual(['unknown-kind']);
  });

  it('is a usage error when the directory does not exist', async () => {
    const { code, stderr } = await run(project(), ['widget.yaml', '--schema-dir', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('--schema-dir nope: no such directory');
  });
});
