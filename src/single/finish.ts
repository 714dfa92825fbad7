/**
 * Step three of `npm run build:single`: leave one file. SvelteKit inlines scripts and styles but not the
 * assets the page template links (sveltejs/kit#13285), so the favicon becomes a data: URI; the
 * adapter's other output (a copy as index.html, _app/version.json, static files) is removed, because a
 * presenter copies dist/nianbiao.html alone onto a stick or into an email.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(process.cwd(), 'dist');
const file = join(dist, 'nianbiao.html');
const icon = readFileSync(join(process.cwd(), 'static', 'favicon.svg'));
const html = readFileSync(file, 'utf8').replace(
	/(<link rel="icon" href=")[^"]*favicon\.svg(")/,
	`$1data:image/svg+xml;base64,${icon.toString('base64')}$2`
);
writeFileSync(file, html);
for (const entry of readdirSync(dist))
	if (entry !== 'nianbiao.html') rmSync(join(dist, entry), { recursive: true });
console.log(`dist/nianbiao.html: ${(html.length / 1024).toFixed(0)} KB, one file`);
