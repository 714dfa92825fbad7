/**
 * Bench-only page: the Timeline component alone, on a synthetic data set fetched like any other
 * (`?data=days-1000` loads `/data/days-1000.json`). Not part of the site.
 */
import { mount } from 'svelte';
import '../../src/app.css';
import Timeline from '$lib/timeline/Timeline.svelte';
import type { Dataset } from '$lib/model/schema';

const name = new URLSearchParams(location.search).get('data') ?? 'days-1000';
const data = (await (await fetch(`/data/${name}.json`)).json()) as Dataset;
mount(Timeline, { target: document.getElementById('app')!, props: { data, lang: 'en' } });
