/** The words of the share dialog's take-away (`export/TakeAway.svelte`), loaded with it. */
import type { Language } from '$lib/model/schema';

export interface TakeAwayWords {
	heading: string;
	dataFiles: string;
	dataFilesHint: string;
	single: string;
	singleHint: string;
	link: string;
	linkHint: string;
	linkLabel: string;
	/** The timeline's size compressed, in KB, and the most a link holds. */
	tooLong: (kb: string, most: string) => string;
}

export const TAKEAWAY_WORDS: Record<Language, TakeAwayWords> = {
	'zh-Hant': {
		heading: '帶走這份年表',
		dataFiles: '網站資料檔（.zip）',
		dataFilesHint: '把 .txt、.meta.json、.curation.json 三個檔放進 data/ 再建置，網站就顯示一模一樣的事件。',
		single: '離線 HTML 檔',
		singleHint: '一個檔案，任何瀏覽器都能開，不需要網路；也能 #/present 投影。',
		link: '帶著整份年表的連結',
		linkHint: '不會傳到任何伺服器：年表壓縮後放在連結的 # 之後。',
		linkLabel: '年表連結',
		tooLong: (kb, most) => `這份年表壓縮後有 ${kb} KB，連結最多容納 ${most} KB。請改用離線檔分享：`
	},
	'zh-Hans': {
		heading: '带走这份年表',
		dataFiles: '网站数据文件（.zip）',
		dataFilesHint:
			'把 .txt、.meta.json、.curation.json 三个文件放进 data/ 再构建，网站就显示一模一样的事件。',
		single: '离线 HTML 文件',
		singleHint: '一个文件，任何浏览器都能打开，不需要网络；也能 #/present 投影。',
		link: '带着整份年表的链接',
		linkHint: '不会发送到任何服务器：年表压缩后放在链接的 # 之后。',
		linkLabel: '年表链接',
		tooLong: (kb, most) => `这份年表压缩后有 ${kb} KB，链接最多容纳 ${most} KB。请改用离线文件分享：`
	},
	en: {
		heading: 'Take this timeline with you',
		dataFiles: 'Data files for the site (.zip)',
		dataFilesHint:
			'Put the .txt, .meta.json and .curation.json files in data/ and rebuild: the site shows exactly these events.',
		single: 'Offline HTML file',
		singleHint: 'One file that opens in any browser with no network, #/present included.',
		link: 'Link holding the whole timeline',
		linkHint: 'Nothing is sent to a server: the timeline is compressed into the link, after the #.',
		linkLabel: 'Timeline link',
		tooLong: (kb, most) =>
			`This timeline is ${kb} KB compressed; a link holds at most ${most} KB. Share the offline file instead:`
	}
};
