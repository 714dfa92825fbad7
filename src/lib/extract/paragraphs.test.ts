import { describe, expect, it } from 'vitest';
import { classifyParagraphs, isCaption } from './paragraphs';

describe('isCaption', () => {
	it.each([
		'2月11日,游客在灯会现场拍照。 本报记者 陈立 摄',
		'神舟乘组在轨合影。赵明/摄',
		'志工在河堤撿拾垃圾。記者王品云／攝影',
		'图为9月17日晚,市民在城墙上赏月。',
		'圖為昨日有市民在廟內祈福。',
		'林秋水(中)去年在印刷所前與家人合影。(圖/林家提供)',
		'（图片来源：视觉中国）',
		'老馆长在2009年的开馆仪式上致辞。（江城日报资料图）',
		'舊站房的鐘樓。（本報資料圖）',
		'球員賽後圍圈慶祝。（本報記者葉思妤攝　113年8月16日）',
		'Fans wait outside the ground on Sunday. (Photo: Jo Reyes)',
		'The mill in 1962. (Photograph by Sam Ode/Archive)',
		'Picture: the ferry at the north quay, photographed last month.',
		'Pictured: volunteers on the beach on Sunday',
		'Riders queue at the depot on Friday, Oct. 3, 2025. (AP Photo/Lena Park)',
		'The old pier before the storm. (AFP Photo/Ken Ito)',
		'A steward waves the crowd back at the quay on Saturday. Photograph: Ruth Agnew/Inpho',
		'The lock gates after the flood. Photo: Dan Foley'
	])('%s', (text) => expect(isCaption(text)).toBe(true));
	it.each([
		'记者在现场进行拍摄。',
		'他说:“这张照片是我拍的。”',
		'(责任编辑:蔡明)',
		'The museum showed the photographs (Photo archive of the county) last year, and many came to see them again.',
		`${'正文很长。'.repeat(50)}(图片来源:网络)`,
		'Pictures of the flood were shared thousands of times: the council asked people to stop.',
		'The agency sent its photos (AP Photo/Video desk) to every member paper within an hour of the vote, and most used them.',
		'The club thanked its members. Photographs: the committee will choose which ones to hang in the bar next spring.'
	])('not: %s', (text) => expect(isCaption(text)).toBe(false));
});

describe('classifyParagraphs', () => {
	it('tells the title, the byline, captions, the body and notes apart', () => {
		const kinds = classifyParagraphs([
			'标题',
			'2014-02-12 16:28:22 作者:林晓',
			'2月11日,游客拍照。 本报记者 陈立 摄',
			'本报福州2月11日电 11日晚,灯会开幕。',
			'(责任编辑:蔡明)'
		]).map((p) => p.kind);
		expect(kinds).toEqual(['title', 'byline', 'caption', 'body', 'note']);
	});
});
