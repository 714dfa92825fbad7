/**
 * A few worker threads that run the batch's tasks (`worker.ts`), and the loop that feeds them from the input
 * and hands their outcomes on in input order. At most `window` tasks are between read and handed on, so a
 * stream of any length holds a bounded number of articles in memory: when the window is full the input is
 * not read, and a pipe's writer waits.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InOrder } from './in-order';
import type { Outcome, Task } from './task';

/**
 * The worker module and everything it imports, bundled into one script when the batch starts (esbuild,
 * about a tenth of a second). Each worker then starts in a quarter of a second of CPU, where one that
 * loaded the TypeScript through tsx (which Node 20 does not pass on to workers, nodejs/node#47747, so each
 * registered it again) took three quarters of a second and more than a second of wall time: with two
 * workers that start-up ate what the second core gave.
 */
async function workerScript(): Promise<string> {
	const { build } = await import('esbuild');
	const bundled = await build({
		entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		write: false,
		logLevel: 'silent'
	});
	return bundled.outputFiles[0]!.text;
}

interface Running {
	worker: Worker;
	/** The tasks posted to it and not yet answered: each one's settle functions, by number. */
	pending: Map<number, { resolve: (outcome: Outcome) => void; reject: (error: Error) => void }>;
}

export class Pool {
	#running: Running[];

	/** `size` workers, each running `script` (`Pool.start` makes it). */
	private constructor(size: number, script: string) {
		this.#running = Array.from({ length: size }, () => {
			const running: Running = { worker: new Worker(script, { eval: true }), pending: new Map() };
			running.worker.on('message', ({ seq, outcome }: { seq: number; outcome: Outcome }) => {
				running.pending.get(seq)!.resolve(outcome);
				running.pending.delete(seq);
			});
			// A worker that dies takes its tasks with it: say so rather than wait for them for ever.
			const fail = (error: Error) => {
				for (const { reject } of running.pending.values()) reject(error);
				running.pending.clear();
			};
			running.worker.on('error', fail);
			running.worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
			return running;
		});
	}

	static async start(size: number): Promise<Pool> {
		return new Pool(size, await workerScript());
	}

	/** Runs `task` on the worker with the fewest tasks waiting. */
	run(seq: number, task: Task): Promise<Outcome> {
		const running = this.#running.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		return new Promise((resolve, reject) => {
			running.pending.set(seq, { resolve, reject });
			// A line's bytes are its own buffer (`lines.ts`): moved to the worker, not copied.
			running.worker.postMessage(
				{ seq, task },
				task.kind === 'line' ? [task.bytes.buffer as ArrayBuffer] : []
			);
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.#running.map(({ worker }) => worker.terminate()));
	}
}

/** Each task's outcome, in the order `tasks` gave them, with at most `window` tasks read and not yet handed on. */
export async function* inOrder(
	pool: Pool,
	tasks: AsyncIterable<Task>,
	window: number
): AsyncGenerator<Outcome> {
	const order = new InOrder<Outcome>();
	const due: Outcome[] = [];
	const input = tasks[Symbol.asyncIterator]();
	let reading: Promise<IteratorResult<Task>> | undefined;
	let read = 0;
	let handed = 0;
	let ended = false;
	let failure: Error | undefined;
	let wake = () => {};
	for (;;) {
		while (due.length > 0) {
			handed++;
			yield due.shift()!;
		}
		if (failure) throw failure;
		if (ended && handed === read) return;
		// Wait for whichever comes first: an outcome, or (while the window has room) the next task.
		const settled = new Promise<'settled'>((resolve) => (wake = () => resolve('settled')));
		if (!ended && read - handed < window) reading ??= input.next();
		const next = await (reading && read - handed < window ? Promise.race([settled, reading]) : settled);
		if (next === 'settled') continue;
		reading = undefined;
		if (next.done) {
			ended = true;
			continue;
		}
		const seq = read++;
		pool.run(seq, next.value).then(
			(outcome) => {
				due.push(...order.put(seq, outcome));
				wake();
			},
			(error: Error) => {
				failure = error;
				wake();
			}
		);
	}
}
