/**
 * Every word the interface says, in the three languages a page can be read in. Plain data, so the first
 * load carries no i18n library; dates are formatted in `dates.ts`, loaded when the first one is shown.
 */
import type { Basis, Language } from '$lib/model/schema';

export interface Strings {
	/** The language's own name, for the switch (a reader looks for the name they can read). */
	autonym: string;
	language: string;
	article: string;
	timeline: string;
	timelineHelp: string;
	followReading: string;
	showList: string;
	listHeading: string;
	closeList: string;
	selected: string;
	clearSelection: string;
	paragraph: (number: number) => string;
	howWeKnow: string;
	basis: Record<Basis, string>;
	undatedHeading: string;
	showInText: string;
}

export const STRINGS: Record<Language, Strings> = {
	'zh-Hant': {
		autonym: '繁體中文',
		language: '語言',
		article: '文章',
		timeline: '時間軸',
		timelineHelp: 'Tab 進入時間軸，左右方向鍵在事件間移動，Enter 選取，Esc 取消。',
		followReading: '時間軸跟隨閱讀位置',
		showList: '事件列表',
		listHeading: '全部事件（依時間順序）',
		closeList: '關閉事件列表',
		selected: '選取的事件',
		clearSelection: '取消選取',
		paragraph: (n) => `第 ${n} 段`,
		howWeKnow: '日期依據',
		basis: {
			explicit: '文中明寫',
			relative: '依發表日期推算',
			edition: '依屆次推算',
			curated: '編者補充'
		},
		undatedHeading: '未註明日期的提及',
		showInText: '在文中顯示'
	},
	'zh-Hans': {
		autonym: '简体中文',
		language: '语言',
		article: '文章',
		timeline: '时间轴',
		timelineHelp: 'Tab 进入时间轴，左右方向键在事件间移动，Enter 选取，Esc 取消。',
		followReading: '时间轴跟随阅读位置',
		showList: '事件列表',
		listHeading: '全部事件（按时间顺序）',
		closeList: '关闭事件列表',
		selected: '选取的事件',
		clearSelection: '取消选取',
		paragraph: (n) => `第 ${n} 段`,
		howWeKnow: '日期依据',
		basis: {
			explicit: '文中明写',
			relative: '依发表日期推算',
			edition: '依届次推算',
			curated: '编者补充'
		},
		undatedHeading: '未注明日期的提及',
		showInText: '在文中显示'
	},
	en: {
		autonym: 'English',
		language: 'Language',
		article: 'Article',
		timeline: 'Timeline',
		timelineHelp: 'Tab into the timeline; Left and Right move between events, Enter selects, Escape clears.',
		followReading: 'Timeline follows my reading',
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
			curated: 'added by an editor'
		},
		undatedHeading: 'Mentioned without a date',
		showInText: 'Show in the text'
	}
};
