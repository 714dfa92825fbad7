/**
 * Writes the seeded synthetic data sets every timeline in the bench draws: day events over 1990-2026 at
 * several sizes, and events of every kind (`mixed`: months, years, closed and open ranges, approximate).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mixed, synthetic } from '../src/lib/timeline/layout/fixture.test-helper';

export type Kind = 'days' | 'mixed';

export interface DataSet {
	kind: Kind;
	n: number;
}

export const DATA_SETS: DataSet[] = [
	{ kind: 'days', n: 1_000 },
	{ kind: 'days', n: 10_000 },
	{ kind: 'days', n: 100_000 },
	{ kind: 'mixed', n: 100_000 },
	{ kind: 'days', n: 1_000_000 }
];

/** The file's name under `/data/`, without `.json`: what the pages' `?data=` names. */
export const dataName = ({ kind, n }: DataSet) => `${kind}-${n}`;

export function writeData(dir: string, sets = DATA_SETS) {
	mkdirSync(dir, { recursive: true });
	for (const set of sets) {
		const data = set.kind === 'days' ? synthetic(set.n, 20260101) : mixed(set.n, 20260101);
		writeFileSync(join(dir, `${dataName(set)}.json`), JSON.stringify(data));
	}
}
