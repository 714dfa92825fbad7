/**
 * A Node command run and measured from outside: its wall time, CPU time and peak resident memory, from
 * the child's own `process.resourceUsage()` as it exits, written by a module preloaded with
 * `--import` (a data: URL: no file of its own to keep), since Node reports no child's resource usage and
 * `/usr/bin/time` is not on every machine. Worker threads live in the process, so their memory counts; a
 * separate process the child starts (esbuild's) does not.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPORT = `import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => {
	const usage = process.resourceUsage();
	writeFileSync(process.env.NIANBIAO_PEAK_FILE, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
});`;

export interface Measured {
	seconds: number;
	/**
	 * CPU seconds of all its threads: on a shared machine the wall time grows with what others run, this
	 * does not.
	 */
	cpuSeconds: number;
	/** Peak resident set size, MB. */
	peakMb: number;
}

/** Runs `node <args>` in `cwd` with `env` added; fails when it does. */
export async function measureNode(
	args: string[],
	{ cwd, env = {}, stdio = 'ignore' }: { cwd: string; env?: Record<string, string>; stdio?: StdioOptions }
): Promise<Measured> {
	const dir = mkdtempSync(join(tmpdir(), 'nianbiao-peak-'));
	const peakFile = join(dir, 'peak');
	try {
		const started = performance.now();
		const child = spawn(
			process.execPath,
			['--import', `data:text/javascript,${encodeURIComponent(REPORT)}`, ...args],
			{
				cwd,
				env: { ...process.env, ...env, NIANBIAO_PEAK_FILE: peakFile },
				stdio
			}
		);
		const code = await new Promise<number | null>((resolve, reject) => {
			child.on('error', reject);
			child.on('close', resolve);
		});
		const seconds = (performance.now() - started) / 1000;
		if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
		// maxRSS is in kilobytes, CPU time in microseconds.
		const usage = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRSS: number; cpu: number };
		return { seconds, cpuSeconds: usage.cpu / 1e6, peakMb: usage.maxRSS / 1024 };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
