/**
 * The keys the timeline takes from the page. Known before the engine loads, so that the page never also
 * acts on one (scrolling on Home or an arrow); what each does is `keyAction` in interact.ts.
 */
export const TIMELINE_KEYS = ['+', '=', '-', '_', '0', 'Home', 'Escape', 'ArrowLeft', 'ArrowRight'];
