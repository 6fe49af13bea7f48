/** Runs a job several times and reports the median, so one slow run (GC, another process) does not decide the figure. */
export interface Measurement {
  readonly name: string;
  readonly items: number;
  readonly unit: string;
  readonly medianMs: number;
  readonly runs: number;
  /**
   * The middle half of the runs (first to third quartile): this machine's speed drifts by half
   * between hours, so a reader needs to see whether a ratio stands outside that spread.
   */
  readonly middleMs: readonly [number, number];
  /** Each run's time, so that two passes over the same job can be taken together. */
  readonly timesMs: readonly number[];
}

/** Two or more passes over one job as one figure: the median and middle half of all their runs. */
export function together(passes: readonly Measurement[]): Measurement {
  const [first] = passes;
  if (!first) throw new Error('together() needs at least one pass');
  const times = passes.flatMap((p) => p.timesMs);
  return { ...first, medianMs: median(times), runs: times.length, middleMs: middleHalf(times), timesMs: times };
}

export function measure(name: string, items: number, unit: string, job: () => unknown, runs = 11): Measurement {
  job(); // warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    job();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { name, items, unit, medianMs: median(times), runs, middleMs: middleHalf(times), timesMs: times };
}

export async function measureAsync(name: string, items: number, unit: string, job: () => Promise<unknown>, runs = 5): Promise<Measurement> {
  await job();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await job();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { name, items, unit, medianMs: median(times), runs, middleMs: middleHalf(times), timesMs: times };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The first and third quartiles of the runs. */
export function middleHalf(values: readonly number[]): readonly [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? 0;
  return [at(0.25), at(0.75)];
}

/** What a figure is set beside: the previous figure (an earlier commit) or the naive one (no optimisation, or the floor). */
export interface Reference {
  readonly label: string;
  readonly value: number;
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const kb = (v: number): string => `${(v / 1024).toFixed(1)} KB`;

/** "now / reference = ratio"; below 1 is smaller or faster than the reference. */
function ratio(now: number, ref: Reference, format: (v: number) => string): string {
  return `${ref.label} ${format(ref.value)}  ×${(now / ref.value).toFixed(2)}`;
}

/** A target the figure must stay under, as the issue words it ("≥ 1,000,000 cells/s") and as a time for the same work. */
export interface Target {
  readonly text: string;
  readonly ms: number;
}

export function report(m: Measurement, ref?: Reference, target?: Target | string): string {
  const rate = m.items / (m.medianMs / 1000);
  const head = `${m.name.padEnd(50)} ${ms(m.medianMs).padStart(10)} median of ${m.runs} (middle half ${m.middleMs[0].toFixed(1)}–${m.middleMs[1].toFixed(1)})  ${Math.round(rate).toLocaleString('en-US').padStart(10)} ${m.unit}/s`;
  // "×0.80 of target": at most ×1 meets it.
  const goal = typeof target === 'string' ? `  (target ${target})`
    : target ? `  (target ${target.text}: ×${(m.medianMs / target.ms).toFixed(2)} of it, met at ≤ ×1)` : '';
  return [head, ref ? `  vs ${ratio(m.medianMs, ref, ms)}` : '', goal].join('');
}

export function reportTime(name: string, now: number, runs: number, refs: readonly Reference[], target?: string): string {
  const head = `${name.padEnd(50)} ${ms(now).padStart(10)} median of ${runs}`;
  return [head, ...refs.map((r) => `  vs ${ratio(now, r, ms)}`), target ? `  (target ${target})` : ''].join('');
}

export function reportSize(name: string, bytes: number, ref: Reference, target?: number): string {
  // In bytes too: near the target, ×1.00 can be either side of it.
  const margin = target === undefined ? '' : bytes <= target ? `${(target - bytes).toLocaleString('en-US')} B under` : `${(bytes - target).toLocaleString('en-US')} B over`;
  const goal = target === undefined ? '' : `  (target ≤ ${kb(target)}: ×${(bytes / target).toFixed(2)} of it, met at ≤ ×1; ${margin})`;
  return [`${name.padEnd(50)} ${kb(bytes).padStart(10)}`, `  vs ${ratio(bytes, ref, kb)}`, goal].join('');
}
