/**
 * Everything the timeline needs to move, loaded with `import()` once the page has hydrated (or at a first
 * interaction before that): d3-zoom, d3-scale, date-fns, the layout, and the drawing of eras and groups.
 * The first frame needs none of it (the server computed it), which keeps it out of the page's initial
 * JavaScript.
 */
export { indexEvents, neighbour, openUntil } from './layout/events';
export { layoutFrame } from './layout/frame';
export { geometry, lanesToFill } from './layout/geometry';
export { fitDomain } from './layout/scale';
export { overview } from './layout/overview';
export { keyAction } from './layout/interact';
export { Camera } from './camera.svelte';
export { default as Minimap } from './Minimap.svelte';
export { default as DenseLayer } from './DenseLayer.svelte';
export { default as ZoomControls } from './ZoomControls.svelte';
export { default as Backdrop } from './Backdrop.svelte';
