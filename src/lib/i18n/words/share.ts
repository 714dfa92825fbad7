/** The words of the share dialog and the print sheet, loaded with them. */
import type { Language } from '$lib/model/schema';

export interface ShareWords {
	shareHeading: string;
	link: string;
	embed: string;
	copy: string;
	copied: string;
	download: string;
	image: string;
	data: string;
	/** The data set as JSON, the file `/embed?src=` and `/present?src=` read. */
	datasetJson: string;
	print: string;
	close: string;
	events: string;
	links: string;
	story: string;
	storyHint: string;
	caption: string;
	addScene: string;
	scenes: (count: number) => string;
	play: string;
	storyFile: string;
	clear: string;
	/** Said when a download fails: the format and the browser's reason. */
	failed: (format: string, reason: string) => string;
	noChart: string;
}

export const SHARE_WORDS: Record<Language, ShareWords> = {
	'zh-Hant': {
		shareHeading: '分享與匯出目前的檢視',
		link: '目前檢視的連結',
		embed: '嵌入碼（iframe）',
		copy: '複製',
		copied: '已複製',
		download: '下載',
		image: '圖片（投影片用）',
		data: '資料',
		datasetJson: 'JSON（供 /embed?src= 用）',
		print: '列印',
		close: '關閉',
		events: '事件',
		links: '連結',
		story: '簡報的場景',
		storyHint: '把目前的檢視（時間範圍、選取的事件）存成一幕；/present 依序播放。',
		caption: '字幕（可不填）',
		addScene: '加入這一幕',
		scenes: (n) => `${n} 幕`,
		play: '播放',
		storyFile: '下載場景 JSON',
		clear: '清除',
		failed: (format, reason) => `${format} 匯出失敗：${reason}`,
		noChart: '沒有有日期的事件可畫'
	},
	'zh-Hans': {
		shareHeading: '分享与导出当前视图',
		link: '当前视图的链接',
		embed: '嵌入代码（iframe）',
		copy: '复制',
		copied: '已复制',
		download: '下载',
		image: '图片（幻灯片用）',
		data: '数据',
		datasetJson: 'JSON（供 /embed?src= 用）',
		print: '打印',
		close: '关闭',
		events: '事件',
		links: '链接',
		story: '演示的场景',
		storyHint: '把当前视图（时间范围、选中的事件）存为一幕；/present 依次播放。',
		caption: '字幕（可不填）',
		addScene: '加入这一幕',
		scenes: (n) => `${n} 幕`,
		play: '播放',
		storyFile: '下载场景 JSON',
		clear: '清除',
		failed: (format, reason) => `${format} 导出失败：${reason}`,
		noChart: '没有有日期的事件可画'
	},
	en: {
		shareHeading: 'Share and export this view',
		link: 'Link to this view',
		embed: 'Embed code (iframe)',
		copy: 'Copy',
		copied: 'Copied',
		download: 'Download',
		image: 'Image (for slides)',
		data: 'Data',
		datasetJson: 'JSON (for /embed?src=)',
		print: 'Print',
		close: 'Close',
		events: 'Events',
		links: 'Links',
		story: 'Scenes for a talk',
		storyHint:
			'Save the view on screen (its window and selected event) as a scene; /present plays them in order.',
		caption: 'Caption (optional)',
		addScene: 'Add this view',
		scenes: (n) => `${n} scene${n === 1 ? '' : 's'}`,
		play: 'Play',
		storyFile: 'Download scenes JSON',
		clear: 'Clear',
		failed: (format, reason) => `${format} export failed: ${reason}`,
		noChart: 'there are no dated events to draw'
	}
};
