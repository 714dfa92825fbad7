/**
 * Everything the timeline needs to move, loaded with `import()` on the first interaction or when the
 * browser is idle: d3-zoom, d3-scale, date-fns and the layout. The first frame needs none of it (the
 * server computed it), which keeps the page's initial JavaScript within its 50 KB budget.
 */
export { indexEvents, openUntil, DAY } from './layout/events';
export { layoutFrame } from './layout/frame';
export { geometry } from './layout/geometry';
export { baseScale, domainOf, fitDomain, transformFor } from './layout/scale';
export { overview } from './layout/overview';
export { clusterWindow, keyAction, revealWindow } from './layout/interact';
export { Zoomer } from './zoom';
export { default as Minimap } from './Minimap.svelte';
export { default as DenseLayer } from './DenseLayer.svelte';
export { default as ZoomControls } from './ZoomControls.svelte';
