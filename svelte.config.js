import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `NIANBIAO_SINGLE=1` (npm run build:single) builds the offline copy, dist/nianbiao.html: every script and
 * style inlined, hash routing so it runs from file://. The hash router refuses server files and page
 * options, so that build reads its own small route tree, src/single/, which renders the same pages with
 * the data the file carries in a JSON element (written after the build by src/single/finish.ts, or by the
 * studio's take-away in the browser) instead of +page.server.ts. It keeps its generated files apart
 * (outDir), so it never disturbs the types of the normal build.
 */
const single = process.env.NIANBIAO_SINGLE === '1';

/**
 * The Content-Security-Policy every page carries, as a <meta> tag (a static site has no headers of its
 * own): scripts only from the site itself and the inline bootstrap SvelteKit writes, by its SHA-256 hash,
 * so markup that slipped into a page could not run. Styles may be inline: Svelte writes style attributes
 * in the first frame. `connect-src` takes any http(s) address, since `?src=` and `?story=` fetch data the
 * person names (never data: or file:); images include data: and blob: for the PNG export, and any http(s)
 * address for the pictures a data set (a TimelineJS file) shows with its events: an <img> runs no script.
 * `frame-ancestors` cannot be said in a <meta> tag: docs/embed.md says what a host should send.
 */
const csp = {
	mode: /** @type {const} */ ('hash'),
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:', 'https:', 'http:'],
		'font-src': ['self'],
		'connect-src': ['self', 'https:', 'http:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: single
		? {
				adapter: adapter({ pages: 'dist', assets: 'dist', fallback: 'nianbiao.html', strict: false }),
				files: { routes: 'src/single' },
				outDir: '.svelte-kit/single',
				output: { bundleStrategy: 'inline' },
				router: { type: 'hash' },
				paths: { relative: true },
				csp
			}
		: {
				// `NIANBIAO_OUT` writes the site elsewhere than build/ (the bench's builds of generated articles).
				adapter: adapter({
					strict: true,
					pages: process.env.NIANBIAO_OUT ?? 'build',
					assets: process.env.NIANBIAO_OUT ?? 'build'
				}),
				paths: { base: process.env.BASE_PATH ?? '', relative: true },
				// A page's style sheets (each under 4 KB) go inline: five render-blocking requests before the first
				// paint cost an embed in a slide deck more than the bytes they would save in a cache.
				inlineStyleThreshold: 4096,
				prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
				csp
			}
};

export default config;
