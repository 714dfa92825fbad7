import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const file = join(resolve(import.meta.dirname, '..'), 'bench/results.md');

/**
 * Replaces (or adds, at the end) one bench's `## ` section of bench/results.md, named by its first line,
 * leaving the timeline bench's part and the other sections alone.
 */
export function writeSection(section: string) {
	const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const heading = section.slice(0, section.indexOf('\n'));
	const at = before.indexOf(heading);
	const next = at < 0 ? -1 : before.indexOf('\n## ', at + heading.length);
	const kept =
		at < 0 ? before.trimEnd() : (before.slice(0, at) + (next < 0 ? '' : before.slice(next + 1))).trimEnd();
	writeFileSync(file, `${kept}\n\n${section}`);
}
