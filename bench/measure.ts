/** Runs a job several times and reports the median, so one slow run (GC, another process) does not decide the figure. */
export interface Measurement {
  readonly name: string;
  readonly items: number;
  readonly unit: string;
  readonly medianMs: number;
  readonly runs: number;
}

export function measure(name: string, items: number, unit: string, job: () => unknown, runs = 7): Measurement {
  job(); // warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    job();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, items, unit, medianMs: times[Math.floor(times.length / 2)] ?? 0, runs };
}

export function report(m: Measurement): string {
  const rate = m.items / (m.medianMs / 1000);
  return `${m.name.padEnd(46)} ${m.medianMs.toFixed(1).padStart(9)} ms median of ${m.runs}   ${Math.round(rate).toLocaleString('en-US').padStart(12)} ${m.unit}/s`;
}

export async function measureAsync(name: string, items: number, unit: string, job: () => Promise<unknown>, runs = 5): Promise<Measurement> {
  await job();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await job();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, items, unit, medianMs: times[Math.floor(times.length / 2)] ?? 0, runs };
}
