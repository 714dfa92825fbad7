import type { Words } from './types';

export const en: Words = {
	autonym: 'English',
	language: 'Language',
	article: 'Article',
	timeline: 'Timeline',

	textHint:
		'Marked dates in the text can be clicked to find their event on the timeline; an event on the timeline takes you to its words.',
	timelineHelp: 'Tab into the timeline; Left and Right move between events, Enter selects, Escape clears.',
	followReading: 'Timeline follows my reading',
	edit: 'Edit',
	newTimeline: 'New timeline',
	mine: 'My timelines',
	share: 'Share & export',
	showList: 'List of events',
	listHeading: 'All events, in time order',
	closeList: 'Close the list of events',
	selected: 'Selected event',
	clearSelection: 'Clear selection',
	paragraph: (n) => `Paragraph ${n}`,
	howWeKnow: 'How we know the date',
	basis: {
		explicit: 'stated in the text',
		relative: 'worked out from the publication date',
		edition: 'worked out from the edition number',
		curated: 'given by an editor'
	},
	occurrence: (where, k) => `${where}, mention ${k}`,
	undatedHeading: 'Mentioned without a date',
	showInText: 'Show in the text',

	describe: (events, undated) =>
		`${events} dated events in time order${undated ? `, and ${undated} undated mentions` : ''}. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to fit all; on an event, Left/Right move to the previous/next event, Enter selects, Escape clears.`,
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit all',
	cluster: (count) => `${count} events, zoom in`,
	legend: 'Legend',
	legendDay: 'a day',
	legendBand: 'a year or a month',
	legendRange: 'a period',
	legendOpen: 'still running',
	legendApproximate: 'approximate date',
	overview: 'Overview, drag to move',
	noEvents: 'No dated events.'
};
