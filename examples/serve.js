// A static server for the examples, on another origin than the app (the situation of a real deck):
//   node examples/serve.js [port]    then open http://localhost:8000/reveal/
// It serves examples/ and reveal.js's dist files from node_modules at /reveal.js/. No dependencies.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const roots = [
	['/reveal.js/', join(here, '..', 'node_modules', 'reveal.js')],
	['/', here]
];
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2'
};

function resolve(pathname) {
	for (const [prefix, dir] of roots) {
		if (!pathname.startsWith(prefix)) continue;
		const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
		// Nothing outside the two roots, whatever the path says (../ and encoded variants).
		if (file !== dir && !file.startsWith(dir + sep)) return null;
		try {
			const stat = statSync(file);
			return stat.isDirectory() ? join(file, 'index.html') : file;
		} catch {
			return null;
		}
	}
	return null;
}

/** Starts the server; resolves with it once listening. */
export function serveExamples(port = 8000, host = 'localhost') {
	const server = createServer((request, response) => {
		const file = resolve(new URL(request.url ?? '/', 'http://x').pathname);
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			// A sandboxed frame's requests come from origin "null"; public example data may be read by any.
			'access-control-allow-origin': '*'
		});
		createReadStream(file)
			.on('error', () => response.destroy())
			.pipe(response);
	});
	return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 8000);
	await serveExamples(port);
	console.log(`examples at http://localhost:${port}/reveal/ and http://localhost:${port}/auto-height/`);
}
