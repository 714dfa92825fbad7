/** A worker thread of the batch: runs each task it is sent (`task.ts`) and posts back its outcome, by number. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task';

parentPort!.on('message', ({ seq, task }: { seq: number; task: Task }) => {
	parentPort!.postMessage({ seq, outcome: runTask(task) });
});
