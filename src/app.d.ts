// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** BCP 47 tag for `<html lang>`, set by the page's load. */
			lang?: string;
		}
		interface PageState {
			/** The event selected in this history entry (null: none), so Back and Forward restore it. */
			event?: string | null;
			/** The timeline's window in this entry (null: everything). */
			window?: import('$lib/model/window').TimeWindow | null;
		}
	}
}

export {};
