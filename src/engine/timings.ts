/**
 * Where a run's time goes, by stage and by rule: `SHIPSHAPE_TIMING=1` prints it to stderr (as ESLint's
 * `TIMING=1` does), so a slow rule or stage shows without a profiler and its overhead;
 * `SHIPSHAPE_TIMING=all` lists every rule rather than the ten slowest.
 */
export class Timings {
  private readonly totals = new Map<string, number>();

  /** Adds the time `run` takes to `name` and returns what it returns. */
  measure<T>(name: string, run: () => T): T {
    const start = performance.now();
    try {
      return run();
    } finally {
      this.add(name, performance.now() - start);
    }
  }

  add(name: string, milliseconds: number): void {
    this.totals.set(name, (this.totals.get(name) ?? 0) + milliseconds);
  }

  /** Stages in the order they ran, then the slowest rules; times in milliseconds. */
  render(rulesShown = 10): string {
    const stages = [...this.totals].filter(([name]) => !name.startsWith('rule:'));
    const rules = [...this.totals].filter(([name]) => name.startsWith('rule:')).sort((a, b) => b[1] - a[1]);
    const ruleTotal = rules.reduce((sum, [, time]) => sum + time, 0);
    const rows: [string, number][] = [...stages, ['rules (all)', ruleTotal], ...rules.slice(0, rulesShown).map(([name, time]): [string, number] => [`  ${name.slice('rule:'.length)}`, time])];
    const width = Math.max(...rows.map(([name]) => name.length));
    return rows.map(([name, time]) => `${name.padEnd(width)}  ${time.toFixed(1).padStart(8)} ms\n`).join('');
  }
}
