/** The words of an event's picture in the editor's card (`edit/PictureField.svelte`), loaded with it. */
import { MAX_PICTURE_BYTES, type PictureProblem } from '$lib/edit/picture';
import type { Language } from '$lib/model/schema';

/**
 * The largest file taken, in MB, as the words say it: the file's size, not its inline address's (which is a
 * third larger), rounded down so that a file the words allow is never refused.
 */
export const LIMIT_MB = (Math.floor((MAX_PICTURE_BYTES / 1024 / 1024) * 10) / 10).toFixed(1);

export interface PictureWords {
	picture: string;
	/** Under the file button: the other ways to give a picture, and what is kept. */
	pictureHint: string;
	/** Said while a large file is read. */
	reading: string;
	caption: string;
	alt: string;
	remove: string;
	/** Said aloud once an edit is made. */
	given: string;
	removed: string;
	/** Why a file was not taken. */
	problems: Record<PictureProblem, string>;
}

export const PICTURE_WORDS: Record<Language, PictureWords> = {
	'zh-Hant': {
		picture: '圖片',
		pictureHint: '也可以把圖片拖到卡片上，或在卡片內貼上。圖片會存在這個瀏覽器裡，也會寫進離線檔。',
		reading: '正在讀取圖片…',
		caption: '圖片說明（可不填）',
		alt: '替代文字（給看不到圖片的讀者，可不填）',
		remove: '移除圖片',
		given: '已加上圖片',
		removed: '已移除圖片',
		problems: {
			svg: '這是 SVG 圖檔，可能夾帶程式碼，不能放進年表：請改用 PNG、JPEG、GIF、WebP 或 AVIF。',
			notImage: '這個檔案不是 PNG、JPEG、GIF、WebP 或 AVIF 圖片。',
			tooLarge: `圖片太大：最多 ${LIMIT_MB} MB。請先縮小圖片。`,
			unreadable: '無法讀取這個檔案。'
		}
	},
	'zh-Hans': {
		picture: '图片',
		pictureHint: '也可以把图片拖到卡片上，或在卡片内粘贴。图片会存在这个浏览器里，也会写进离线文件。',
		reading: '正在读取图片…',
		caption: '图片说明（可不填）',
		alt: '替代文字（给看不到图片的读者，可不填）',
		remove: '移除图片',
		given: '已加上图片',
		removed: '已移除图片',
		problems: {
			svg: '这是 SVG 图片文件，可能夹带代码，不能放进年表：请改用 PNG、JPEG、GIF、WebP 或 AVIF。',
			notImage: '这个文件不是 PNG、JPEG、GIF、WebP 或 AVIF 图片。',
			tooLarge: `图片太大：最多 ${LIMIT_MB} MB。请先缩小图片。`,
			unreadable: '无法读取这个文件。'
		}
	},
	en: {
		picture: 'Picture',
		pictureHint:
			'You can also drop a picture on the card, or paste one while in the card. It is kept in this browser and written into the offline file.',
		reading: 'Reading the picture…',
		caption: 'Caption (optional)',
		alt: 'Alternative text, for a reader who cannot see the picture (optional)',
		remove: 'Remove the picture',
		given: 'Picture added',
		removed: 'Picture removed',
		problems: {
			svg: 'This is an SVG file, which can carry script, so it cannot go into the timeline: use a PNG, JPEG, GIF, WebP or AVIF image.',
			notImage: 'This file is not a PNG, JPEG, GIF, WebP or AVIF image.',
			tooLarge: `The picture is too large: ${LIMIT_MB} MB at most. Make it smaller first.`,
			unreadable: 'This file could not be read.'
		}
	}
};
