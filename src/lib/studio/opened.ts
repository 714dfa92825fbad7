/**
 * What /new and /shared were asked to open by their address: a record by `?id=`, or a timeline in the
 * fragment (`formats/fragment.ts`), each as the source to show or as why it cannot be shown.
 */
import { decodeFragment, type Shared } from '../formats/fragment';
import type { LinkProblem } from '../i18n/words/studio';
import { sourceOf, type Stored } from './record';
import { getRecord } from './store';

/** Why an address's timeline cannot be opened (`OpenNotice.svelte` words it). */
export type Unopened =
	| { kind: 'not-found' }
	| { kind: 'unreadable'; stored: Extract<Stored, { ok: false }> }
	| { kind: 'link'; problem: LinkProblem; detail?: string };

/** `kept` is the record's id and title as saved, none for a link's timeline (a copy to keep as new). */
export type Opened =
	| { ok: true; shared: Shared; kept: { id: string; title: string } | null }
	| { ok: false; unopened: Unopened };

/** The fragment's timeline; a text the checks refuse counts as an invalid link, with the reason. */
export async function openFragment(hash: string): Promise<Opened> {
	const decoded = await decodeFragment(hash);
	if (decoded.ok) return { ok: true, shared: decoded.shared, kept: null };
	if (decoded.reason === 'text')
		return {
			ok: false,
			unopened: { kind: 'link', problem: 'invalid', detail: `text: ${decoded.refusal.reason}` }
		};
	return { ok: false, unopened: { kind: 'link', problem: decoded.reason, detail: decoded.detail } };
}

/** The record `id` of this browser; a storage failure is the caller's to word. */
export async function openRecord(id: string): Promise<Opened> {
	const stored = await getRecord(id);
	if (!stored) return { ok: false, unopened: { kind: 'not-found' } };
	if (!stored.ok) return { ok: false, unopened: { kind: 'unreadable', stored } };
	const { record } = stored;
	return {
		ok: true,
		shared: { source: sourceOf(record), name: record.name },
		kept: { id: record.id, title: record.title }
	};
}

/** `href` with the record `id` in its query (when given) and no fragment: the address a reload reopens. */
export function addressOf(href: string, id: string | null): string {
	const url = new URL(href);
	if (id) url.searchParams.set('id', id);
	url.hash = '';
	return url.href;
}
