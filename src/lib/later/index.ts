/**
 * A part the server draws into the page whose code the browser loads only after the page has hydrated:
 * it is on screen, exactly as drawn, from the first paint, and its JavaScript is not in the page's first
 * load (issue 13's budget). Until its code arrives it does nothing; what it shows comes from its props,
 * so whatever changed meanwhile (a selection made in the text) shows as soon as it takes over.
 * Two components, because the browser's must hold nothing where the server drew the part: a block there
 * would read the server's markup as its own and, finding another part, draw it again.
 */
import InBrowser from './InBrowser.svelte';
import OnServer from './OnServer.svelte';

export { loadBar, loadStatus, loadTimeline, loadUndated } from './parts';
// Typed as one of them: the two take the same props, and a union would lose their generic type.
export const Later: typeof InBrowser = import.meta.env.SSR ? OnServer : InBrowser;
