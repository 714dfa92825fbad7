/** The words of editing in the reader (the edit control, the card's form, the selection's buttons), loaded with them. */
import type { DateProblem } from '$lib/edit/date-draft';
import type { Language, Precision } from '$lib/model/schema';

export interface EditWords {
	loading: string;
	/** Said when the article's files could not be had: the browser's reason. */
	cannotEdit: (reason: string) => string;
	editing: string;
	editingHint: string;
	undo: string;
	redo: string;
	undone: string;
	redone: string;
	pick: string;
	/** The mark on an event's card once a person has changed it. */
	edited: string;
	title: string;
	date: string;
	start: string;
	end: string;
	dateHint: string;
	precision: string;
	precisions: Record<Precision, string>;
	open: string;
	approximate: string;
	dateProblems: Record<DateProblem, string>;
	emptyTitle: string;
	paragraph: string;
	paragraphHint: string;
	/** A paragraph number the article does not have. */
	noParagraph: (count: number) => string;
	remove: string;
	removed: (title: string) => string;
	mergeWith: string;
	merge: string;
	nothingToMerge: string;
	addedCannotMerge: string;
	/** An edit that does not build: the first problem, as the model says it. */
	refused: (problem: string) => string;
	addEvent: string;
	relinkHere: (title: string) => string;
	acrossParagraphs: string;
	selectionHint: string;
	guessedDate: string;
}

export const EDIT_WORDS: Record<Language, EditWords> = {
	'zh-Hant': {
		loading: '正在載入編輯器…',
		cannotEdit: (reason) => `無法編輯：${reason}`,
		editing: '編輯中',
		editingHint: '改動即時顯示在時間軸與文中；要保存，請從「分享與匯出」下載。',
		undo: '復原',
		redo: '重做',
		undone: '已復原',
		redone: '已重做',
		pick: '選一個事件來編輯，或在文中選取字句來新增事件。',
		edited: '經人手修改',
		title: '標題',
		date: '日期',
		start: '開始',
		end: '結束（可不填）',
		dateHint: '寫成 2014、2014-11 或 2014-11-19',
		precision: '精確到',
		precisions: { year: '年', month: '月', day: '日' },
		open: '仍在持續（沒有結束日期）',
		approximate: '約略的日期',
		dateProblems: {
			missing: '請填寫日期。',
			format: '日期請寫成 2014、2014-11 或 2014-11-19。',
			calendar: '曆法上沒有這一天（或這個月）。',
			precision: '結束日期的精確度要和開始日期一樣。',
			before: '結束日期早於開始日期。'
		},
		emptyTitle: '標題不能空白。',
		paragraph: '所在段落',
		paragraphHint: '改段落會連到整段；要連到特定字句，請在文中選取它們。',
		noParagraph: (count) => `沒有這一段（共 ${count} 段）。`,
		remove: '刪除這個事件',
		removed: (title) => `已刪除「${title}」`,
		mergeWith: '與此事件合併',
		merge: '合併',
		nothingToMerge: '沒有精確度相同、可以合併的事件。',
		addedCannotMerge: '自行新增的事件不能合併；請修改或刪除它。',
		refused: (problem) => `無法這樣修改：${problem}`,
		addEvent: '用選取的字句新增事件',
		relinkHere: (title) => `把「${title}」連到這些字句`,
		acrossParagraphs: '請在同一段之內選取字句。',
		selectionHint: '按 Tab 鍵到這些按鈕，Esc 取消。',
		guessedDate: '這些字句沒有日期，先取了前文的日期：請檢查。'
	},
	'zh-Hans': {
		loading: '正在加载编辑器…',
		cannotEdit: (reason) => `无法编辑：${reason}`,
		editing: '编辑中',
		editingHint: '改动即时显示在时间轴与文中；要保存，请从“分享与导出”下载。',
		undo: '撤销',
		redo: '重做',
		undone: '已撤销',
		redone: '已重做',
		pick: '选一个事件来编辑，或在文中选取字句来新增事件。',
		edited: '经人手修改',
		title: '标题',
		date: '日期',
		start: '开始',
		end: '结束（可不填）',
		dateHint: '写成 2014、2014-11 或 2014-11-19',
		precision: '精确到',
		precisions: { year: '年', month: '月', day: '日' },
		open: '仍在持续（没有结束日期）',
		approximate: '约略的日期',
		dateProblems: {
			missing: '请填写日期。',
			format: '日期请写成 2014、2014-11 或 2014-11-19。',
			calendar: '历法上没有这一天（或这个月）。',
			precision: '结束日期的精确度要和开始日期一样。',
			before: '结束日期早于开始日期。'
		},
		emptyTitle: '标题不能空白。',
		paragraph: '所在段落',
		paragraphHint: '改段落会连到整段；要连到特定字句，请在文中选取它们。',
		noParagraph: (count) => `没有这一段（共 ${count} 段）。`,
		remove: '删除这个事件',
		removed: (title) => `已删除“${title}”`,
		mergeWith: '与此事件合并',
		merge: '合并',
		nothingToMerge: '没有精确度相同、可以合并的事件。',
		addedCannotMerge: '自行新增的事件不能合并；请修改或删除它。',
		refused: (problem) => `无法这样修改：${problem}`,
		addEvent: '用选取的字句新增事件',
		relinkHere: (title) => `把“${title}”连到这些字句`,
		acrossParagraphs: '请在同一段之内选取字句。',
		selectionHint: '按 Tab 键到这些按钮，Esc 取消。',
		guessedDate: '这些字句没有日期，先取了前文的日期：请检查。'
	},
	en: {
		loading: 'Loading the editor…',
		cannotEdit: (reason) => `Cannot edit: ${reason}`,
		editing: 'Editing',
		editingHint:
			'Changes show at once on the timeline and in the text; to keep them, download them from Share.',
		undo: 'Undo',
		redo: 'Redo',
		undone: 'Undone',
		redone: 'Redone',
		pick: 'Pick an event to edit it, or select words in the text to add one.',
		edited: 'Edited by a person',
		title: 'Title',
		date: 'Date',
		start: 'Start',
		end: 'End (optional)',
		dateHint: 'Write 2014, 2014-11 or 2014-11-19',
		precision: 'Precision',
		precisions: { year: 'Year', month: 'Month', day: 'Day' },
		open: 'Still running (no end date)',
		approximate: 'Approximate date',
		dateProblems: {
			missing: 'Give a date.',
			format: 'Write the date as 2014, 2014-11 or 2014-11-19.',
			calendar: 'The calendar has no such day (or month).',
			precision: 'The end must be as precise as the start.',
			before: 'The end comes before the start.'
		},
		emptyTitle: 'A title cannot be empty.',
		paragraph: 'Paragraph',
		paragraphHint: 'Another paragraph links the whole of it; to link some words, select them in the text.',
		noParagraph: (count) => `There is no such paragraph (there are ${count}).`,
		remove: 'Remove this event',
		removed: (title) => `Removed “${title}”`,
		mergeWith: 'Merge with this event',
		merge: 'Merge',
		nothingToMerge: 'No other event of the same precision to merge with.',
		addedCannotMerge: 'An event you added cannot be merged: change or remove it instead.',
		refused: (problem) => `This change cannot be made: ${problem}`,
		addEvent: 'Add an event from these words',
		relinkHere: (title) => `Link “${title}” to these words`,
		acrossParagraphs: 'Select words within one paragraph.',
		selectionHint: 'Tab reaches these buttons; Escape dismisses them.',
		guessedDate: 'These words hold no date: the date before them is taken. Check it.'
	}
};
