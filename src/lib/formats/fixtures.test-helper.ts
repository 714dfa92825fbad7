/** The TimelineJS files under `fixtures/timelinejs/`, written from TimelineJS's documented format, as parsed JSON. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, 'fixtures', 'timelinejs');

/** Where the fixtures are taken to come from: their pictures' relative addresses are read against it. */
export const FIXTURE_BASE = 'https://fixtures.example/timelinejs/';

export function timelineJsFixtures(): { name: string; json: unknown }[] {
	return readdirSync(DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ name: file, json: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown }));
}

export function timelineJsFixture(name: string): unknown {
	return JSON.parse(readFileSync(join(DIR, name), 'utf8')) as unknown;
}
