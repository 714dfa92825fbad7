/** The words of /present's stage and speaker view, loaded with them. */
import type { Language } from '$lib/model/schema';

export interface StageWords {
	now: string;
	next: string;
	end: string;
	scene: (at: number, of: number) => string;
	/** In place of the scene counter when there is nothing to play. */
	none: string;
	stageKeys: string;
	/** In place of the keys on a touch screen, where the caption is swiped. */
	swipeHint: string;
	back: string;
	forward: string;
	clock: string;
	elapsed: string;
	restart: string;
}

export const STAGE_WORDS: Record<Language, StageWords> = {
	'zh-Hant': {
		now: '現在',
		next: '下一個',
		end: '（最後一個）',
		scene: (at, of) => `第 ${at} / ${of} 幕`,
		none: '沒有有日期的事件可播放',
		stageKeys: 'PageDown/空白鍵 下一個 · PageUp 上一個 · B 黑屏 · F 全螢幕 · Home 全覽 · S 講者畫面',
		swipeHint: '在說明文字上左右滑動切換',
		back: '上一個',
		forward: '下一個',
		clock: '現在時間',
		elapsed: '已講',
		restart: '重新計時'
	},
	'zh-Hans': {
		now: '现在',
		next: '下一个',
		end: '（最后一个）',
		scene: (at, of) => `第 ${at} / ${of} 幕`,
		none: '没有有日期的事件可播放',
		stageKeys: 'PageDown/空格键 下一个 · PageUp 上一个 · B 黑屏 · F 全屏 · Home 全览 · S 讲者画面',
		swipeHint: '在说明文字上左右滑动切换',
		back: '上一个',
		forward: '下一个',
		clock: '现在时间',
		elapsed: '已讲',
		restart: '重新计时'
	},
	en: {
		now: 'Now',
		next: 'Next',
		end: '(the last one)',
		scene: (at, of) => `Scene ${at} of ${of}`,
		none: 'No dated events to play',
		stageKeys: 'PageDown/Space next · PageUp back · B blank · F full screen · Home fit all · S speaker view',
		swipeHint: 'Swipe the caption left or right to step',
		back: 'Back',
		forward: 'Next',
		clock: 'Time',
		elapsed: 'Talking for',
		restart: 'Restart'
	}
};
