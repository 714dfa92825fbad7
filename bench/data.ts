/** Writes the seeded synthetic data sets both timelines draw: n day events over 1990-2026. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthetic } from '../src/lib/timeline/layout/fixture.test-helper';

export const SIZES = [1_000, 10_000, 100_000];

export function writeData(dir: string, sizes = SIZES) {
	mkdirSync(dir, { recursive: true });
	for (const n of sizes) writeFileSync(join(dir, `${n}.json`), JSON.stringify(synthetic(n, 20260101)));
}
