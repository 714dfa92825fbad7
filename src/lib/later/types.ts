import type { Component } from 'svelte';

/** The import of a part's code (`Later`); one of `PARTS`, so that the server has it at hand. */
export type PartLoader<P extends object> = () => Promise<{ default: Component<P> }>;

export interface LaterProps<P extends object> {
	load: PartLoader<P>;
	/** Its props: getters for those that change, a getter and a setter for one it binds. */
	props: P;
}
