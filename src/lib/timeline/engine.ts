/**
 * Everything the timeline needs to lay itself out afresh (at the width it is shown at, in another
 * language), handed to it once the page has hydrated (motion.svelte.ts): the layout, date-fns, the
 * minimap and the zoom buttons. Its code comes with the timeline's component, which loads after hydration
 * (`$lib/later`): the first frame needs none of it (the server computed it), which keeps it out of the
 * page's initial JavaScript. What moves it (the camera: d3-zoom, d3-scale) loads apart, at a first sign of
 * interest; the drawing of eras, groups and density, for a frame that has them.
 */
export { indexEvents, neighbour, openUntil } from './layout/events';
export { layoutFrame } from './layout/frame';
export { geometry, lanesToFill } from './layout/geometry';
export { fitDomain } from './layout/fit';
export { overview } from './layout/overview';
export { keyAction } from './layout/keys';
export { default as Minimap } from './Minimap.svelte';
export { default as ZoomControls } from './ZoomControls.svelte';
