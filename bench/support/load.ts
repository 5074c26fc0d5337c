import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Drives one endpoint on loopback for a fixed time with autocannon and computes exact latency
 * percentiles from every response time (autocannon's own table has no p95): POST with a body (or
 * a mix of bodies), or GET when the body is null.
 */
export async function runLoad(
  url: string,
  body: string | string[] | null,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))
    throw new Error(`load tests target loopback only, not ${url}`);
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        ...(body === null
          ? { method: 'GET' as const }
          : {
              method: 'POST' as const,
              headers: { 'content-type': 'application/json' },
              // Several bodies: each connection cycles through them in order (a query mix).
              ...(Array.isArray(body)
                ? { requests: body.map((b) => ({ method: 'POST' as const, body: b })) }
                : { body }),
            }),
        connections,
        duration: seconds,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors++;
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    requests: times.length,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: errors + result.errors + result.timeouts,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median of each figure over several runs of the same load. */
export function medianResult(samples: LoadResult[]): LoadResult {
  return {
    connections: samples[0]?.connections ?? 0,
    requests: median(samples.map((s) => s.requests)),
    rps: median(samples.map((s) => s.rps)),
    p50: median(samples.map((s) => s.p50)),
    p95: median(samples.map((s) => s.p95)),
    p99: median(samples.map((s) => s.p99)),
    errors: samples.reduce((n, s) => n + s.errors, 0),
  };
}
