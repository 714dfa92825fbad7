/**
 * The postMessage protocol between an embedded timeline and the page around it (docs/embed.md).
 * Anything can arrive on `message`: other widgets' chatter, reveal.js's strings, a hostile page's
 * HTML. Only well-formed commands naming things the frame knows become actions; the rest is dropped
 * here, before it can reach a component.
 */
import { inTimeOrder } from '$lib/model/order';
import type { Precision, TimelineEvent } from '$lib/model/schema';
import { isEventId } from '$lib/model/id';
import { parseWindow } from '$lib/model/window';

export type Command =
	| { type: 'goto'; event: string }
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'fit' }
	| { type: 'view'; from: string; to: string }
	/** reveal.js posts these bare strings to every iframe on a slide it shows or leaves. */
	| { type: 'slide:start' }
	| { type: 'slide:stop' };

export interface ReadyMessage {
	type: 'nianbiao:ready';
	events: { id: string; start: string; precision: Precision; title: string }[];
}
export interface SelectMessage {
	type: 'nianbiao:select';
	event: string | null;
}
export interface HeightMessage {
	type: 'nianbiao:height';
	height: number;
}
export type OutgoingMessage = ReadyMessage | SelectMessage | HeightMessage;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The command a message carries, or null when it is not one of ours or names an unknown event. */
export function parseCommand(data: unknown, known: ReadonlySet<string>): Command | null {
	if (data === 'slide:start' || data === 'slide:stop') return { type: data };
	if (!isRecord(data) || typeof data.type !== 'string') return null;
	switch (data.type) {
		case 'nianbiao:goto':
			return isEventId(data.event) && known.has(data.event) ? { type: 'goto', event: data.event } : null;
		case 'nianbiao:next':
			return { type: 'next' };
		case 'nianbiao:prev':
			return { type: 'prev' };
		case 'nianbiao:fit':
			return { type: 'fit' };
		case 'nianbiao:view': {
			const window = parseWindow(data.from, data.to);
			return window && { type: 'view', ...window };
		}
		default:
			return null;
	}
}

/**
 * Whether to obey a message from `origin`. With no `origin=` parameter every sender is obeyed (the
 * commands only move a view of public data); with one, only that origin.
 */
export function acceptsOrigin(expected: string | null, origin: string): boolean {
	return expected === null || origin === expected;
}

export function readyMessage(events: readonly TimelineEvent[]): ReadyMessage {
	return {
		type: 'nianbiao:ready',
		events: inTimeOrder(events).map(({ id, start, precision, title }) => ({ id, start, precision, title }))
	};
}

export function selectMessage(event: string | null): SelectMessage {
	return { type: 'nianbiao:select', event };
}

export function heightMessage(height: number): HeightMessage {
	return { type: 'nianbiao:height', height: Math.ceil(height) };
}
