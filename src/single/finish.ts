/**
 * Step two of `npm run build:single`: leave one file, holding the default article. The data goes into the
 * file's `#nianbiao-data` element (`$lib/formats/offline`), where the studio's take-away puts a person's
 * own timeline in its place, in the browser. SvelteKit inlines scripts and styles but not the assets the
 * page template links (sveltejs/kit#13285), so the favicon becomes a data: URI; the adapter's other output
 * (a copy as index.html, _app/version.json, static files) is removed, because a presenter copies
 * dist/nianbiao.html alone onto a stick or into an email. The site serves this file as the take-away's
 * template (src/routes/nianbiao.html).
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withData } from '../lib/formats/offline';
import { scriptCopies } from '../lib/i18n/copies';
import { defaultArticleName, loadArticle } from '../lib/server/articles';

const dist = join(process.cwd(), 'dist');
const file = join(dist, 'nianbiao.html');
const icon = readFileSync(join(process.cwd(), 'static', 'favicon.svg'));
const name = defaultArticleName();
const dataset = loadArticle(name);
const html = withData(
	readFileSync(file, 'utf8').replace(
		/(<link rel="icon" href=")[^"]*favicon\.svg(")/,
		`$1data:image/svg+xml;base64,${icon.toString('base64')}$2`
	),
	{ name, dataset, copies: scriptCopies(dataset) }
);
writeFileSync(file, html);
for (const entry of readdirSync(dist))
	if (entry !== 'nianbiao.html') rmSync(join(dist, entry), { recursive: true });
console.log(`dist/nianbiao.html: ${(html.length / 1024).toFixed(0)} KB, one file, with ${name}`);
