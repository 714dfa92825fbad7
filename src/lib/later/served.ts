/**
 * The parts that load later, for the server, which renders a page synchronously: all imported before
 * anything imports this module (a module that awaits at its top level is evaluated whole before its
 * importers run). Only the server's half of `Later` imports it: the browser's build leaves it out whole.
 */
import type { Component } from 'svelte';
import { PARTS } from './parts';
import type { PartLoader } from './types';

// Guarded, so that the browser's build finds nothing here to keep (nor to run).
const served = import.meta.env.SSR
	? new Map(await Promise.all(PARTS.map(async (load) => [load, (await load()).default] as const)))
	: null;

export function servedPart<P extends object>(load: PartLoader<P>): Component<P> {
	const part = served?.get(load);
	if (!part) throw new Error('A part that loads later must be listed in PARTS ($lib/later/parts.ts).');
	// Keyed by its loader, so it is the component that loader loads.
	return part as Component<P>;
}
