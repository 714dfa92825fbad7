/** What the reading tests share: a test that fails on any console error, and axe's grave findings. */
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AxeResults {
	violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** Every test fails on a console error or an uncaught exception, whatever else it checks. */
export const test = base.extend<{ errors: string[] }>({
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors).toEqual([]);
		},
		{ auto: true }
	]
});

/** The serious and critical violations axe finds on the page as it is, in a light and a dark scheme. */
export async function graveViolations(page: Page) {
	// Evaluated, not added as a <script>: the page's Content-Security-Policy refuses inline scripts.
	await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
	const found: Record<string, { id: string; nodes: string[] }[]> = {};
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const results = await page.evaluate(() =>
			(window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run()
		);
		found[scheme] = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => ({ id: v.id, nodes: v.nodes.map((node) => node.target.join(' ')) }));
	}
	return found;
}
