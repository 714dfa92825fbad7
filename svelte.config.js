import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `NIANBIAO_SINGLE=1` (npm run build:single) builds the offline copy, dist/nianbiao.html: every script and
 * style inlined, hash routing so it runs from file://. The hash router refuses server files and page
 * options, so that build reads its own small route tree, src/single/, which renders the same pages with
 * data generated before the build (src/single/write-data.ts) instead of +page.server.ts. It keeps its
 * generated files apart (outDir), so it never disturbs the types of the normal build.
 */
const single = process.env.NIANBIAO_SINGLE === '1';

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
				paths: { relative: true }
			}
		: {
				adapter: adapter({ strict: true }),
				paths: { base: process.env.BASE_PATH ?? '', relative: true },
				prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
			}
};

export default config;
