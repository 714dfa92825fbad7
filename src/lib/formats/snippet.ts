/**
 * What the share dialog offers to copy: the address of the current view and the iframe that embeds it.
 * The iframe carries what embedding guides ask for: a title for screen readers, loading="lazy", and
 * sandbox="allow-scripts" (the frame needs nothing of the host page: no same-origin, no forms, no popups).
 */
import type { Language } from '$lib/model/schema';
import { writeUrlState, type UrlState } from '$lib/state/url';

/** `page` is the absolute URL of the page (its path kept, its query replaced by the view's). */
export function viewLink(page: string, state: UrlState, defaultLang: Language): string {
	const url = new URL(page);
	return `${url.origin}${url.pathname}${writeUrlState(new URLSearchParams(), state, defaultLang)}`;
}

export function escapeAttribute(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `embed` is the absolute URL of the site's /embed page. */
export function iframeSnippet(
	embed: string,
	state: UrlState,
	defaultLang: Language,
	title: string,
	height = 420
): string {
	const src = viewLink(embed, state, defaultLang);
	return [
		`<iframe src="${escapeAttribute(src)}"`,
		`\ttitle="${escapeAttribute(title)}"`,
		`\twidth="100%" height="${Math.round(height)}" style="border:0"`,
		`\tloading="lazy" sandbox="allow-scripts"></iframe>`
	].join('\n');
}

/** A file name from the article's title, safe on every system, keeping CJK characters. */
export function fileName(title: string, extension: string): string {
	const stem = title
		.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
		.replace(/\s+/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '')
		.slice(0, 60);
	return `${stem || 'nianbiao'}.${extension}`;
}
