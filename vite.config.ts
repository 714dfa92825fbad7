import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** The Svelte and SvelteKit runtime, which every page loads: one chunk instead of a dozen small ones. */
const RUNTIME = /\/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env|clsx)\/|vite\/preload-helper/;

/**
 * Svelte's code for a <select>'s value and for <svelte:element>, which only parts that load later use (the
 * editor's and the studio's forms): a chunk of its own, which the first load does not import. Left out of
 * the runtime but unnamed, Rollup pulled it back in, since the runtime's attribute code imports it (for
 * spreads, which no first-load component uses). So no component spreads attributes or uses
 * <svelte:element> (CopyField, DraftField and ArticleText name their attributes): the runtime would then
 * import this chunk, and index.html would preload it (npm run test:size would say).
 */
const LAZY_RUNTIME =
	/\/svelte\/src\/internal\/client\/dom\/(elements\/bindings\/select|blocks\/svelte-element)\.js$/;

/**
 * d3-time, in a chunk of its own: the timeline's layout (its ticks) and the camera (d3-scale) both use it.
 * Left to Rollup, it goes in the timeline's chunk, which the camera then imports from; a chunk others
 * import from is no longer the timeline component's alone, so Vite's manifest files it under its hash
 * rather than under Timeline.svelte, and SvelteKit, matching the server's import of the component by name,
 * links none of its styles into the page the server draws it into: the page moves once the code comes.
 */
const SHARED_BY_CAMERA = /\/node_modules\/d3-time\//;

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [sveltekit()],
	build: {
		// Issue 4's budget for the JavaScript `/` loads first: terser packs it a little tighter than esbuild
		// (three passes and ES modules' rules: 0.2 KB gzip of the first load more than its defaults),
		// and the runtime travels as one chunk (each chunk's gzip starts afresh, with its own header).
		minify: 'terser',
		terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { ecma: 2020 } },
		rollupOptions:
			isSsrBuild || process.env.NIANBIAO_SINGLE === '1'
				? {}
				: {
						output: {
							manualChunks: (id: string) =>
								LAZY_RUNTIME.test(id)
									? 'forms'
									: RUNTIME.test(id)
										? 'runtime'
										: SHARED_BY_CAMERA.test(id)
											? 'd3-time'
											: undefined
						}
					}
	},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
}));
