/**
 * The typed context pair through which a page hands its view state down: the route (or the component
 * at the top of a page) calls `provideView`, every part below calls `useView`.
 */
import { createContext } from 'svelte';
import type { ViewState } from './view.svelte';

const [useView, provideView] = createContext<ViewState>();

export { provideView, useView };
