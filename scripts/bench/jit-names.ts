/**
 * Names for the code V8 generates at run time, in a callgrind profile. callgrind knows the functions of
 * the node binary (builtins, runtime, collector) but sees JIT code only as addresses (`0x000000000d065440`);
 * `node --perf-basic-prof` writes `/tmp/perf-<pid>.map`, a line `<start> <size> <name>` (hexadecimal) for
 * every piece of code it generates, where a name says the tier: `JS:*f` optimised by TurboFan, `JS:^f`
 * baseline (Sparkplug), `JS:~f` interpreted. With it the profile says which JavaScript functions the
 * instructions were spent in, and which of them call a costly builtin.
 */

export interface CodeRange {
  start: number;
  size: number;
  name: string;
}

/** The ranges of a perf map, sorted by start. */
export function readPerfMap(text: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]+) ([0-9a-f]+) (.+)$/i.exec(line);
    if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) continue;
    ranges.push({ start: parseInt(match[1], 16), size: parseInt(match[2], 16), name: match[3] });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The name of the code holding `address`, or undefined. Later code may reuse an address: the last range that starts at or below it wins. */
export function codeAt(ranges: readonly CodeRange[], address: number): string | undefined {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ranges[middle] as CodeRange).start <= address) low = middle + 1;
    else high = middle;
  }
  const range = ranges[low - 1];
  return range !== undefined && address < range.start + range.size ? range.name : undefined;
}

/**
 * The function a callgrind_annotate line names, with JIT addresses resolved and recursion marks
 * (`'2`) dropped: `???:0x000000000d065440 [???]` becomes `JS:*mappingKey /…/cli.cjs:17630:17`,
 * `???:Builtins_LoadIC [/usr/bin/node]` becomes `Builtins_LoadIC`.
 */
export function functionName(symbol: string, ranges: readonly CodeRange[]): string {
  const bare = symbol.replace(/^[^:]*:(?!:)/, '').replace(/'\d+$/, '');
  if (/^0x[0-9a-f]+$/i.test(bare)) return codeAt(ranges, parseInt(bare, 16)) ?? bare;
  return bare;
}

/** Instructions by function: the self listing of `callgrind_annotate --threshold=100`, resolved. */
export function selfCosts(listing: string, ranges: readonly CodeRange[]): Map<string, number> {
  const costs = new Map<string, number>();
  for (const line of listing.split('\n')) {
    const match = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.+?)(?: \[[^\]]*\])?$/.exec(line);
    if (match?.[1] === undefined || match[2] === undefined || match[2] === 'PROGRAM TOTALS') continue;
    const name = functionName(match[2], ranges);
    costs.set(name, (costs.get(name) ?? 0) + Number(match[1].replaceAll(',', '')));
  }
  return costs;
}

export interface Caller {
  name: string;
  /** Instructions spent in the callee (and below) when called from here. */
  instructions: number;
  calls: number;
}

/**
 * Who calls `callee`, from `callgrind_annotate --tree=caller`: each function's block lists its callers
 * (`< caller (Nx)`) above its own line (`* callee`). Callers with the same resolved name are summed.
 */
export function callersOf(tree: string, callee: string, ranges: readonly CodeRange[]): Caller[] {
  const lines = tree.split('\n');
  const byName = new Map<string, Caller>();
  for (let index = 0; index < lines.length; index += 1) {
    const own = /^\s*[\d,]+ \(\s*[\d.]+%\)\s+\*\s+(.+?)(?: \[[^\]]*\])?$/.exec(lines[index] ?? '');
    if (own?.[1] === undefined || functionName(own[1], ranges) !== callee) continue;
    for (let above = index - 1; above >= 0; above -= 1) {
      const caller = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+<\s+(.+?)(?: \(([\d,]+)x\))?(?: \[[^\]]*\])?$/.exec(lines[above] ?? '');
      if (caller?.[1] === undefined || caller[2] === undefined) break;
      const name = functionName(caller[2], ranges);
      const entry = byName.get(name) ?? { name, instructions: 0, calls: 0 };
      entry.instructions += Number(caller[1].replaceAll(',', ''));
      entry.calls += Number((caller[3] ?? '0').replaceAll(',', ''));
      byName.set(name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => b.instructions - a.instructions);
}
