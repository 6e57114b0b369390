/**
 * How many workers a batch may use by default: the cores this process may run on, capped by a
 * container's CPU limit. Node 20's `availableParallelism()` sees the CPU affinity but not a
 * cgroup quota (`docker run --cpus 2` on a 32-core host still says 32), and workers beyond
 * the quota only queue for the same time slices.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** The cgroup CPU quota in whole CPUs (rounded up), or undefined when there is none. */
export function cgroupCpuLimit(
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): number | undefined {
  const quota = (quotaUs: number, periodUs: number) =>
    quotaUs > 0 && periodUs > 0 ? Math.max(1, Math.ceil(quotaUs / periodUs)) : undefined;
  try {
    // cgroup v2: "max 100000" (no limit) or "200000 100000" (two CPUs).
    const [max, period] = read('/sys/fs/cgroup/cpu.max').trim().split(/\s+/);
    return max === 'max' ? undefined : quota(Number(max), Number(period));
  } catch {
    // not cgroup v2: try v1
  }
  try {
    const quotaUs = Number(read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us').trim());
    const periodUs = Number(read('/sys/fs/cgroup/cpu/cpu.cfs_period_us').trim());
    return quota(quotaUs, periodUs);
  } catch {
    return undefined;
  }
}

export function defaultJobs(): number {
  const cores = Math.max(1, availableParallelism());
  const limit = process.platform === 'linux' ? cgroupCpuLimit() : undefined;
  return limit === undefined ? cores : Math.min(cores, limit);
}
