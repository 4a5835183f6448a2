import { main } from './main.js';

/** Binds the CLI to this process: arguments, streams; resolves to the exit code. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function cli(): Promise<number> {
  return main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTty: process.stdout.isTTY === true,
  });
}
