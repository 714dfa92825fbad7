import type { Words } from './types';

export const zhHans: Words = {
	autonym: '简体中文',
	language: '语言',
	article: '文章',
	timeline: '时间轴',

	textHint: '文中标出的日期可以点选，时间轴会指出它的事件；点选时间轴上的事件，文中会滚到它的出处。',
	timelineHelp: 'Tab 进入时间轴，左右方向键在事件间移动，Enter 选取，Esc 取消。',
	followReading: '时间轴跟随阅读位置',
	edit: '编辑',
	newTimeline: '新的年表',
	mine: '我的年表',
	share: '分享与导出',
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
		curated: '编者认定'
	},
	occurrence: (where, k) => `${where}第 ${k} 处`,
	undatedHeading: '未注明日期的提及',
	showInText: '在文中显示',

	describe: (events, undated) =>
		`${events} 个有日期的事件按时间排列${undated ? `，另有 ${undated} 条未标日期` : ''}。滚轮或 +/- 缩放，拖拽或方向键平移，0 显示全部；在事件上以左右键移至前后事件，Enter 选取，Esc 取消。`,
	zoomIn: '放大',
	zoomOut: '缩小',
	fit: '显示全部',
	cluster: (count) => `${count} 个事件，按下放大`,
	legend: '图例',
	legendDay: '某日',
	legendBand: '某年或某月',
	legendRange: '期间',
	legendOpen: '持续至今',
	legendApproximate: '约略日期',
	overview: '全览，拖拽以移动',
	noEvents: '没有可标上日期的事件。'
};
