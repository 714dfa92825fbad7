/**
 * The offline file, served as the template the studio's take-away fills with a person's own timeline
 * (`$lib/formats/offline`), so that the browser writes that file with no build. `npm run build` makes it
 * first (`npm run build:single`, into dist/) and copies it here.
 */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from './$types';

export const prerender = true;

const FILE = join(process.cwd(), 'dist', 'nianbiao.html');

export const GET: RequestHandler = () => {
	if (!existsSync(FILE)) error(404, 'dist/nianbiao.html is missing: run `npm run build:single` first');
	return new Response(readFileSync(FILE), { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
