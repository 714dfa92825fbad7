/**
 * Bench-only page: the Timeline component alone, on a synthetic data set fetched like any other
 * (`?n=1000` loads `/data/1000.json`). Not part of the site.
 */
import { mount } from 'svelte';
import '../../src/app.css';
import Timeline from '$lib/timeline/Timeline.svelte';
import type { Dataset } from '$lib/model/schema';

const n = new URLSearchParams(location.search).get('n') ?? '1000';
const data = (await (await fetch(`/data/${n}.json`)).json()) as Dataset;
mount(Timeline, { target: document.getElementById('app')!, props: { data, lang: 'en' } });
