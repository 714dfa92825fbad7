import { describe, expect, it } from 'vitest';
import { blockText, type TextNode } from './paste';

const text = (value: string): TextNode => ({
	nodeType: 3,
	nodeName: '#text',
	nodeValue: value,
	childNodes: []
});
const el = (name: string, ...children: (TextNode | string)[]): TextNode => ({
	nodeType: 1,
	nodeName: name,
	nodeValue: null,
	childNodes: children.map((child) => (typeof child === 'string' ? text(child) : child))
});

describe('pasted HTML as article text', () => {
	it('gives each paragraph, heading and item its own line, inline markup kept in its line', () => {
		const body = el(
			'BODY',
			el('H1', '十年回顧'),
			el('P', '2014年11月19日，', el('B', '首屆'), '大會\n  在烏鎮開幕。'),
			el('UL', el('LI', '2015年，倡議提出'), el('LI', '2016年')),
			el('DIV', '第一行', el('BR'), '第二行')
		);
		expect(blockText(body)).toBe(
			'十年回顧\n2014年11月19日，首屆大會 在烏鎮開幕。\n2015年，倡議提出\n2016年\n第一行\n第二行'
		);
	});

	it('drops what no reader sees and lines with only spaces', () => {
		const body = el('BODY', el('STYLE', 'p{}'), el('P', '  '), el('SCRIPT', 'x()'), el('P', '正文'));
		expect(blockText(body)).toBe('正文');
	});

	it('keeps preformatted lines and separates table cells', () => {
		const body = el('BODY', el('PRE', 'a\nb'), el('TABLE', el('TR', el('TD', '2014年'), el('TD', '開幕'))));
		expect(blockText(body)).toBe('a\nb\n2014年 開幕');
	});
});
