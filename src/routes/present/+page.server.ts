// The seed article, as on `/`: prerendered, so this page's first frame needs no fetch and works offline.
export { load } from '../+page.server';
