/** The words around an event's picture, video or page, loaded with the card and the stage. */
import type { Language } from '$lib/model/schema';

export interface MediaWords {
	/** The link to a video, which is not played here. */
	video: string;
	/** The link to a web page given as the event's media. */
	page: string;
	/** In place of a picture that did not load (offline, moved): the link to it. */
	picture: string;
	/** In place of a picture that did not load and has no address to follow (it was inline). */
	unavailable: string;
}

export const MEDIA_WORDS: Record<Language, MediaWords> = {
	'zh-Hant': {
		video: '觀看影片',
		page: '開啟網頁',
		picture: '圖片未能載入，開啟圖片',
		unavailable: '圖片未能載入'
	},
	'zh-Hans': {
		video: '观看视频',
		page: '打开网页',
		picture: '图片未能加载，打开图片',
		unavailable: '图片未能加载'
	},
	en: {
		video: 'Watch the video',
		page: 'Open the page',
		picture: 'The picture did not load: open it',
		unavailable: 'The picture did not load'
	}
};
