/** The timeline's own words, in each UI language. */
import type { Lang } from './layout/types';

const zhHant = {
	timeline: '年表',
	describe: (events: number, undated: number) =>
		`${events} 個有日期的事件依時間排列${undated ? `,另有 ${undated} 則未標日期` : ''}。滾輪或 +/- 縮放,拖曳或方向鍵平移,0 顯示全部;在事件上以左右鍵移至前後事件,Enter 選取,Esc 取消。`,
	zoomIn: '放大',
	zoomOut: '縮小',
	fit: '顯示全部',
	cluster: (count: number) => `${count} 個事件,按下放大`,
	legend: '圖例',
	day: '某日',
	band: '某年或某月',
	range: '期間',
	open: '持續至今',
	approximate: '約略日期',
	undated: '未標日期',
	overview: '全覽,拖曳以移動',
	none: '沒有可標上日期的事件。'
};
type Strings = typeof zhHant;

const zhHans: Strings = {
	...zhHant,
	timeline: '年表',
	describe: (events, undated) =>
		`${events} 个有日期的事件按时间排列${undated ? `,另有 ${undated} 条未标日期` : ''}。滚轮或 +/- 缩放,拖拽或方向键平移,0 显示全部;在事件上以左右键移至前后事件,Enter 选取,Esc 取消。`,
	zoomIn: '放大',
	zoomOut: '缩小',
	fit: '显示全部',
	cluster: (count) => `${count} 个事件,按下放大`,
	legend: '图例',
	band: '某年或某月',
	range: '期间',
	open: '持续至今',
	approximate: '约略日期',
	undated: '未标日期',
	overview: '全览,拖拽以移动',
	none: '没有可标上日期的事件。'
};

const en: Strings = {
	timeline: 'Timeline',
	describe: (events, undated) =>
		`${events} dated events in time order${undated ? `, and ${undated} undated mentions` : ''}. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to fit all; on an event, Left/Right move to the previous/next event, Enter selects, Escape clears.`,
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit all',
	cluster: (count) => `${count} events, zoom in`,
	legend: 'Legend',
	day: 'a day',
	band: 'a year or a month',
	range: 'a period',
	open: 'still running',
	approximate: 'approximate date',
	undated: 'Undated',
	overview: 'Overview, drag to move',
	none: 'No dated events.'
};

export const STRINGS: Record<Lang, Strings> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };
