import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

/**
 * End-to-end tests drive Debian's Chromium (no browser download: machines here reach no browser CDN)
 * against the built static site, served by `vite preview`.
 */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.test.ts',
	timeout: 30_000,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: true,
	// On 2 shared cores a test that measures the page's long tasks (studio's 1 MB reading) can be pushed over
	// its bound by the other worker: one retry in CI, reported as flaky, never hidden.
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		timezoneId: 'UTC',
		locale: 'zh-TW',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 600_000
	}
});
