/**
 * The words of the studio (/new, /mine, /shared), loaded with its pages only. A detail the model gives
 * (a line and column, a byte offset, a schema's complaint) is English, as the build prints it; the
 * sentence around it is in the page's language.
 */
import type { Language } from '$lib/model/schema';

export type StoreFailure = 'unavailable' | 'quota' | 'failed';
export type LinkProblem = 'none' | 'version' | 'damaged' | 'invalid';

export interface StudioWords {
	studio: string;
	articles: string;

	newHeading: string;
	newIntro: string;
	article: string;
	articleHint: string;
	openFile: string;
	title: string;
	language: string;
	/** The language choice that follows the text; `now` the language it reads as, once read. */
	detect: (now: string | null) => string;
	published: string;
	publishedHint: string;
	/** While the worker reads `characters` characters. */
	working: (characters: string) => string;
	cancel: string;
	cancelled: string;
	retry: string;
	found: (events: number) => string;
	/** Date words waiting for the publication day (at most three shown, `more` left out), and the way to it. */
	awaiting: (quotes: string[], more: number) => string;
	givePublished: string;
	noDates: string;
	start: string;
	/** Before the articles of the site /new offers to read. */
	tryExample: string;
	/** An example that did not arrive; `detail` names the address and what went wrong there. */
	exampleFailed: (detail: string) => string;

	emptyPaste: string;
	emptyFile: (file: string) => string;
	tooLong: (characters: string, most: string) => string;
	tooLongPaste: (characters: string, most: string) => string;
	tooLargeFile: (file: string, megabytes: string, most: string) => string;
	binary: (file: string, kind: string | null) => string;
	encoding: (file: string) => string;
	characters: string;
	failed: (message: string) => string;
	stale: string;

	kept: string;
	notKept: Record<StoreFailure, string>;
	downloadFiles: string;
	notFound: string;
	unreadable: (reason: 'newer' | 'older' | 'damaged', format: string) => string;
	downloadRecord: string;

	mineHeading: string;
	mineIntro: string;
	mineEmpty: string;
	open: string;
	rename: string;
	name: string;
	save: string;
	duplicate: string;
	remove: string;
	confirmRemove: (name: string) => string;
	keep: string;
	copyOf: (name: string) => string;
	edited: (when: string) => string;
	loading: string;

	sharedIntro: string;
	editCopy: string;
	link: Record<LinkProblem, string>;
}

export const STUDIO_WORDS: Record<Language, StudioWords> = {
	'zh-Hant': {
		studio: '年表工作室',
		articles: '文章',

		newHeading: '從一篇文章做出年表',
		newIntro:
			'貼上文章，或把 .txt、.md 檔拖進文字框：文中的日期會排成時間軸，並與原文雙向連結。一切都在這個瀏覽器裡完成，不會傳送到任何地方。',
		article: '文章內容',
		articleHint: '一行一段。可以貼上網頁或文書軟體的內容，段落會保留。',
		openFile: '開啟檔案…',
		title: '標題（可不填）',
		language: '語言',
		detect: (now) => (now ? `自動（${now}）` : '自動偵測'),
		published: '發布日期（可不填）',
		publishedHint: '「今年」「去年」等說法以這一天起算。',
		working: (n) => `正在從 ${n} 個字元裡找出日期…`,
		cancel: '停止',
		cancelled: '已停止。文字仍在，按「找出日期」再試一次。',
		retry: '找出日期',
		found: (n) => `找到 ${n} 個有日期的事件。`,
		awaiting: (quotes, more) =>
			`${quotes.map((q) => `「${q}」`).join('、')}${more ? `等 ${more + quotes.length} 處` : ''}要有發布日期才能排上時間軸。`,
		givePublished: '填寫發布日期',
		noDates: '這段文字裡沒有找到日期，沒有事件可以排上時間軸。下方仍顯示全文。',
		start: '貼上或輸入一篇文章就會開始。',
		tryExample: '手邊沒有文章？試試這些：',
		exampleFailed: (detail) => `範例沒有載入，文字框沒有變動：${detail}`,

		emptyPaste: '貼上的內容沒有文字，沒有加入任何東西。',
		emptyFile: (file) => `「${file}」沒有文字，沒有加入任何東西。`,
		tooLong: (n, most) =>
			`這段文字有 ${n} 個字元，超過一次能讀的 ${most} 個：請分成幾篇。文字留在框內，但不會分析，也不會保存。`,
		tooLongPaste: (n, most) =>
			`貼上的內容有 ${n} 個字元，超過一次能讀的 ${most} 個，沒有加入：請分成幾篇貼上。`,
		tooLargeFile: (file, mb, most) =>
			`「${file}」有 ${mb} MB，超過能讀的 ${most} MB，沒有開啟。請分成幾個檔案。`,
		binary: (file, kind) =>
			`「${file}」不是純文字檔${kind ? `（看來是 ${kind}）` : ''}，沒有開啟。請在原本的程式裡把文字另存為 .txt，或複製貼上。`,
		encoding: (file) => `「${file}」不是 UTF-8 文字，沒有開啟。請另存為 UTF-8 再試：`,
		characters: '文字裡有網頁無法照原樣顯示的字元，刪除後才能分析與保存：',
		failed: (message) => `分析時出錯，文字仍在：${message}`,
		stale: '有些修正已對不上改過的文字，已經拿掉：',

		kept: '已保存在這個瀏覽器。',
		notKept: {
			unavailable: '這個瀏覽器沒有保存你的年表（儲存空間被關閉或在無痕視窗）：請下載資料檔留存。',
			quota: '瀏覽器的儲存空間已滿，這份年表沒有保存：請下載資料檔，或到「我的年表」刪除一些。',
			failed: '這份年表沒有保存，瀏覽器回報錯誤：請下載資料檔留存。'
		},
		downloadFiles: '下載資料檔',
		notFound: '這個瀏覽器裡沒有這份年表（可能已刪除，或是在另一個瀏覽器做的）。可以在這裡開始新的一份。',
		unreadable: (reason, format) =>
			reason === 'newer'
				? `這份紀錄由較新版本的年表儲存（格式 ${format}），這個版本讀不了：請重新整理頁面更新，或下載留存。`
				: reason === 'older'
					? `這份紀錄是舊的格式（${format}），這個版本已不再讀取：請下載留存其中的文字。`
					: '這份紀錄已損壞，無法開啟：請下載留存其中的內容。',
		downloadRecord: '下載紀錄（JSON）',

		mineHeading: '我的年表',
		mineIntro: '在這個瀏覽器裡做的年表，只存在這台裝置上，直到你刪除。',
		mineEmpty: '還沒有。從一篇文章開始做一份吧。',
		open: '開啟',
		rename: '重新命名',
		name: '名稱',
		save: '儲存',
		duplicate: '複製一份',
		remove: '刪除',
		confirmRemove: (name) => `要刪除「${name}」嗎？刪除後無法復原。`,
		keep: '保留',
		copyOf: (name) => `${name}（副本）`,
		edited: (when) => `修改於 ${when}`,
		loading: '讀取中…',

		sharedIntro: '這份年表完整存在這個連結裡，唯讀。編輯一份副本，就能修改並保存在這個瀏覽器。',
		editCopy: '編輯副本',
		link: {
			none: '這個網址裡沒有年表：分享的連結在 # 之後帶著整份年表。',
			version: '這個連結由較新版本的年表做成，這個版本讀不了。',
			damaged: '這個連結已損壞或不完整，可能複製時被截斷：請對方再傳一次，或改傳離線檔。',
			invalid: '這個連結裡的年表不合規格：'
		}
	},
	'zh-Hans': {
		studio: '年表工作室',
		articles: '文章',

		newHeading: '从一篇文章做出年表',
		newIntro:
			'粘贴文章，或把 .txt、.md 文件拖进文本框：文中的日期会排成时间轴，并与原文双向链接。一切都在这个浏览器里完成，不会发送到任何地方。',
		article: '文章内容',
		articleHint: '一行一段。可以粘贴网页或文字处理软件的内容，段落会保留。',
		openFile: '打开文件…',
		title: '标题（可不填）',
		language: '语言',
		detect: (now) => (now ? `自动（${now}）` : '自动检测'),
		published: '发布日期（可不填）',
		publishedHint: '“今年”“去年”等说法以这一天起算。',
		working: (n) => `正在从 ${n} 个字符里找出日期…`,
		cancel: '停止',
		cancelled: '已停止。文字仍在，按“找出日期”再试一次。',
		retry: '找出日期',
		found: (n) => `找到 ${n} 个有日期的事件。`,
		awaiting: (quotes, more) =>
			`${quotes.map((q) => `“${q}”`).join('、')}${more ? `等 ${more + quotes.length} 处` : ''}要有发布日期才能排上时间轴。`,
		givePublished: '填写发布日期',
		noDates: '这段文字里没有找到日期，没有事件可以排上时间轴。下方仍显示全文。',
		start: '粘贴或输入一篇文章就会开始。',
		tryExample: '手边没有文章？试试这些：',
		exampleFailed: (detail) => `示例没有载入，文字框没有变动：${detail}`,

		emptyPaste: '粘贴的内容没有文字，没有加入任何东西。',
		emptyFile: (file) => `“${file}”没有文字，没有加入任何东西。`,
		tooLong: (n, most) =>
			`这段文字有 ${n} 个字符，超过一次能读的 ${most} 个：请分成几篇。文字留在框内，但不会分析，也不会保存。`,
		tooLongPaste: (n, most) =>
			`粘贴的内容有 ${n} 个字符，超过一次能读的 ${most} 个，没有加入：请分成几篇粘贴。`,
		tooLargeFile: (file, mb, most) =>
			`“${file}”有 ${mb} MB，超过能读的 ${most} MB，没有打开。请分成几个文件。`,
		binary: (file, kind) =>
			`“${file}”不是纯文本文件${kind ? `（看来是 ${kind}）` : ''}，没有打开。请在原来的程序里把文字另存为 .txt，或复制粘贴。`,
		encoding: (file) => `“${file}”不是 UTF-8 文本，没有打开。请另存为 UTF-8 再试：`,
		characters: '文字里有网页无法照原样显示的字符，删除后才能分析与保存：',
		failed: (message) => `分析时出错，文字仍在：${message}`,
		stale: '有些修正已对不上改过的文字，已经去掉：',

		kept: '已保存在这个浏览器。',
		notKept: {
			unavailable: '这个浏览器没有保存你的年表（存储被关闭或在无痕窗口）：请下载数据文件留存。',
			quota: '浏览器的存储空间已满，这份年表没有保存：请下载数据文件，或到“我的年表”删除一些。',
			failed: '这份年表没有保存，浏览器报告错误：请下载数据文件留存。'
		},
		downloadFiles: '下载数据文件',
		notFound: '这个浏览器里没有这份年表（可能已删除，或是在另一个浏览器做的）。可以在这里开始新的一份。',
		unreadable: (reason, format) =>
			reason === 'newer'
				? `这份记录由较新版本的年表保存（格式 ${format}），这个版本读不了：请刷新页面更新，或下载留存。`
				: reason === 'older'
					? `这份记录是旧的格式（${format}），这个版本已不再读取：请下载留存其中的文字。`
					: '这份记录已损坏，无法打开：请下载留存其中的内容。',
		downloadRecord: '下载记录（JSON）',

		mineHeading: '我的年表',
		mineIntro: '在这个浏览器里做的年表，只存在这台设备上，直到你删除。',
		mineEmpty: '还没有。从一篇文章开始做一份吧。',
		open: '打开',
		rename: '重命名',
		name: '名称',
		save: '保存',
		duplicate: '复制一份',
		remove: '删除',
		confirmRemove: (name) => `要删除“${name}”吗？删除后无法恢复。`,
		keep: '保留',
		copyOf: (name) => `${name}（副本）`,
		edited: (when) => `修改于 ${when}`,
		loading: '读取中…',

		sharedIntro: '这份年表完整存在这个链接里，只读。编辑一份副本，就能修改并保存在这个浏览器。',
		editCopy: '编辑副本',
		link: {
			none: '这个网址里没有年表：分享的链接在 # 之后带着整份年表。',
			version: '这个链接由较新版本的年表做成，这个版本读不了。',
			damaged: '这个链接已损坏或不完整，可能复制时被截断：请对方再发一次，或改发离线文件。',
			invalid: '这个链接里的年表不合规格：'
		}
	},
	en: {
		studio: 'nianbiao studio',
		articles: 'Articles',

		newHeading: 'Make a timeline from an article',
		newIntro:
			'Paste an article, or drop a .txt or .md file on the text box: its dates become a timeline linked to the text both ways. It all happens in this browser; nothing is sent anywhere.',
		article: 'Article text',
		articleHint:
			'One paragraph per line. Text pasted from a web page or a word processor keeps its paragraphs.',
		openFile: 'Open a file…',
		title: 'Title (optional)',
		language: 'Language',
		detect: (now) => (now ? `Detect (${now})` : 'Detect'),
		published: 'Published on (optional)',
		publishedHint: '“This year”, “last year” and the like count from this day.',
		working: (n) => `Finding the dates in ${n} characters…`,
		cancel: 'Stop',
		cancelled: 'Stopped. The text is still here: press “Find the dates” to try again.',
		retry: 'Find the dates',
		found: (n) => `Found ${n} dated event${n === 1 ? '' : 's'}.`,
		awaiting: (quotes, more) => {
			const named = quotes.map((q) => `“${q}”`);
			const list = more
				? `${named.join(', ')} and ${more} more`
				: named.length > 1
					? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`
					: named.join('');
			return `${list} need${quotes.length + more === 1 ? 's' : ''} the publication date to be placed on the timeline.`;
		},
		givePublished: 'Give the publication date',
		noDates:
			'No dates found in this text, so there are no events to place on a timeline. The whole text is still shown below.',
		start: 'Paste or type an article to begin.',
		tryExample: 'No article at hand? Try one of these:',
		exampleFailed: (detail) => `The example did not load; the text box is as it was: ${detail}`,

		emptyPaste: 'What was pasted holds no text: nothing was added.',
		emptyFile: (file) => `“${file}” holds no text: nothing was added.`,
		tooLong: (n, most) =>
			`This text has ${n} characters, more than the ${most} read at a time: split it into parts. The text stays in the box but is not read or saved.`,
		tooLongPaste: (n, most) =>
			`What was pasted has ${n} characters, more than the ${most} read at a time: nothing was added. Paste it in parts.`,
		tooLargeFile: (file, mb, most) =>
			`“${file}” is ${mb} MB, more than the ${most} MB that can be read: it was not opened. Split it into several files.`,
		binary: (file, kind) =>
			`“${file}” is not a plain text file${kind ? ` (it looks like ${kind})` : ''}: it was not opened. Save its text as .txt in its own program, or copy and paste it.`,
		encoding: (file) => `“${file}” is not UTF-8 text: it was not opened. Save it as UTF-8 and try again:`,
		characters:
			'The text holds characters no page can show as written; delete them to have it read and saved:',
		failed: (message) => `The extraction failed; the text is still here: ${message}`,
		stale: 'Some corrections no longer match the changed text and were set aside:',

		kept: 'Kept in this browser.',
		notKept: {
			unavailable:
				'This browser is not keeping your timelines (storage is off, or this is a private window): download the data files to keep this one.',
			quota:
				'The browser’s storage is full, so this timeline was not saved: download its data files, or delete some under My timelines.',
			failed:
				'This timeline was not saved; the browser reported an error: download the data files to keep it.'
		},
		downloadFiles: 'Download the data files',
		notFound:
			'There is no such timeline in this browser (it may have been deleted, or made in another browser). You can start a new one here.',
		unreadable: (reason, format) =>
			reason === 'newer'
				? `This record was saved by a newer version of nianbiao (format ${format}), which this version cannot read: reload the page to update, or download it.`
				: reason === 'older'
					? `This record is in an old format (${format}) this version no longer reads: download it to keep its text.`
					: 'This record is damaged and cannot be opened: download it to keep what it holds.',
		downloadRecord: 'Download the record (JSON)',

		mineHeading: 'My timelines',
		mineIntro: 'Timelines made in this browser. They stay on this device until you delete them.',
		mineEmpty: 'None yet. Make one from an article.',
		open: 'Open',
		rename: 'Rename',
		name: 'Name',
		save: 'Save',
		duplicate: 'Duplicate',
		remove: 'Delete',
		confirmRemove: (name) => `Delete “${name}”? This cannot be undone.`,
		keep: 'Keep',
		copyOf: (name) => `${name} (copy)`,
		edited: (when) => `Edited ${when}`,
		loading: 'Loading…',

		sharedIntro:
			'This whole timeline lives in its link, read-only. Edit a copy to change it and keep it in this browser.',
		editCopy: 'Edit a copy',
		link: {
			none: 'This address holds no timeline: a shared link carries the whole timeline after the #.',
			version: 'This link was made by a newer version of nianbiao, which this version cannot read.',
			damaged:
				'This link is damaged or incomplete, perhaps cut short when copied: ask for it again, or for the offline file.',
			invalid: 'The timeline in this link is not valid:'
		}
	}
};
