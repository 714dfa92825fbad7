import type { Words } from './types';

export const zhHant: Words = {
	autonym: '繁體中文',
	language: '語言',
	article: '文章',
	timeline: '時間軸',

	textHint: '文中標出的日期可以點選，時間軸會指出它的事件；點選時間軸上的事件，文中會捲到它的出處。',
	timelineHelp: 'Tab 進入時間軸，左右方向鍵在事件間移動，Enter 選取，Esc 取消。',
	followReading: '時間軸跟隨閱讀位置',
	edit: '編輯',
	newTimeline: '新的年表',
	mine: '我的年表',
	share: '分享與匯出',
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
		curated: '編者認定'
	},
	occurrence: (where, k) => `${where}第 ${k} 處`,
	undatedHeading: '未註明日期的提及',
	showInText: '在文中顯示',

	describe: (events, undated) =>
		`${events} 個有日期的事件依時間排列${undated ? `，另有 ${undated} 則未標日期` : ''}。滾輪或 +/- 縮放，拖曳或方向鍵平移，0 顯示全部；在事件上以左右鍵移至前後事件，Enter 選取，Esc 取消。`,
	zoomIn: '放大',
	zoomOut: '縮小',
	fit: '顯示全部',
	cluster: (count) => `${count} 個事件，按下放大`,
	legend: '圖例',
	legendDay: '某日',
	legendBand: '某年或某月',
	legendRange: '期間',
	legendOpen: '持續至今',
	legendApproximate: '約略日期',
	overview: '全覽，拖曳以移動',
	noEvents: '沒有可標上日期的事件。'
};
