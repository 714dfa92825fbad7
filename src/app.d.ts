// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** BCP 47 tag for `<html lang>`, set by the page's load. */
			lang?: string;
		}
	}
}

export {};
