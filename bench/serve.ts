/** A static file server for built output: enough for the bench, nothing more. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** Serves each `prefix → directory` pair; `/x/` serves `x/index.html`, `/x` also tries `x.html`. */
export function serve(mounts: Record<string, string>, port = 0): Promise<{ server: Server; url: string }> {
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const prefix = Object.keys(mounts)
			.sort((a, b) => b.length - a.length)
			.find((p) => path.startsWith(p));
		if (prefix === undefined) return void response.writeHead(404).end();
		const root = mounts[prefix]!;
		const rest = normalize(path.slice(prefix.length)).replace(/^(\.\.(\/|$))+/, '');
		for (const candidate of [rest, join(rest, 'index.html'), `${rest}.html`]) {
			const file = join(root, candidate);
			try {
				if (!(await stat(file)).isFile()) continue;
				const body = await readFile(file);
				response.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
					'cache-control': 'no-store'
				});
				return void response.end(body);
			} catch {
				continue;
			}
		}
		response.writeHead(404).end('not found');
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({ server, url: `http://127.0.0.1:${actual}` });
		})
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', port = '4310'] = process.argv.slice(2);
	const { url } = await serve({ '/': dir }, Number(port));
	console.log(`serving ${dir} at ${url}`);
}
