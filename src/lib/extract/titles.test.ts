import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleMetaSchema } from '../model/schema';
import { validateWith } from '../model/validate';
import { eventTitle } from './event-title';
import { recognizeEnglish } from './english/recognize';
import { extractArticle } from './index';
import { normalize } from './normalize';
import { recognize } from './recognize';

function title(text: string, quote: string, dates: string[] = [quote]) {
	const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
	const [from, to] = at(quote);
	return eventTitle({ text, normal: normalize(text), dates: dates.map(at) }, [from, to], 'zh-Hant');
}

describe('eventTitle in Chinese', () => {
	it('drops the date with its frame and carries the subject into a clause without one', () => {
		expect(
			title('自2014年以來,中國已連續舉辦十二屆烏鎮峰會,並於2022年推動將其升級為國際組織。', '2022年', [
				'自2014年以來',
				'2022年'
			])
		).toBe('中國推動將十二屆烏鎮峰會升級為國際組織');
	});
	it('reads a date after a sentence of stops alone (，。2014年), where a title once threw', () => {
		for (const text of ['，。2014年', ',!2014年']) {
			const [event] = extractArticle(text).events;
			expect(event?.title).toContain('2014');
		}
	});
	it('takes the next clause when the date clause says nothing else', () => {
		expect(title('2015年,習近平主席提出了構建網路空間命運共同體理念。', '2015年')).toBe(
			'習近平主席提出了構建網路空間命運共同體理念'.replace('了', '')
		);
	});
	it('keeps the name a frame holds: 在…峰会上 says where, and the name is the event', () => {
		expect(title('在2025年第十二屆世界網際網路大會烏鎮峰會上,人們回顧過去。', '2025年')).toBe(
			'第十二屆世界網際網路大會烏鎮峰會'
		);
	});
	it('names the signer for a line of a date alone at a document’s foot', () => {
		const data = extractArticle(
			'关于调整公交票价的公告\n发布时间：2025-03-04 09:00\n票价自下月起调整。\n海州市交通运输局\n2025年3月2日',
			{
				published: '2025-03-04'
			}
		);
		expect(data.events.map((e) => `${e.quote}: ${e.title}`)).toContain('2025年3月2日: 海州市交通运输局');
	});
	it('names the signer for the day after the place an announcement was signed at', () => {
		const data = extractArticle(
			'海運控股有限公司\n董事會欣然公佈全年業績。\n承董事會命\n主席\n王志明\n香港，二零二六年三月二十日\n於本公告日期，董事會由王志明先生組成。'
		);
		expect(data.events.map((e) => `${e.quote}: ${e.title}`)).toContain('二零二六年三月二十日: 王志明');
	});
	it('keeps a title for a line of a date alone under a line of dates alone (no signer there)', () => {
		const data = extractArticle('2014年\n2014年', { published: '2025-11-11' });
		expect(data.events.map((e) => e.title)).toEqual(['2014年', '2014年']);
	});
	it('never makes a title of a dateline or its reporters’ credit', () => {
		const data = extractArticle('标题\n本报江城5月8日电（记者 何晓雯 通讯员 秦朗）今天上午，新桥通车。', {
			published: '2025-05-08'
		});
		expect(data.events.map((e) => `${e.quote}: ${e.title}`)).toEqual(['今天: 新桥通车']);
	});
	it('never makes a title of a credit with no date: 本报讯（记者…）, 〔記者…報導〕, a photo credit', () => {
		const credited = (text: string) =>
			extractArticle(`标题\n${text}`, { published: '2025-05-08' }).events.map((e) => e.title);
		expect(credited('本报讯（记者 林青）昨晚，上万名市民涌上江堤观灯。')).toEqual(['上万名市民涌上江堤观灯']);
		expect(credited('〔記者王小明／高雄報導〕高雄市長今（8）日宣布新港啟用。')).toEqual([
			'高雄市長宣布新港啟用'
		]);
		const photo = title('球員7日在決賽奪冠後合影。（本報記者李大同攝　114年5月7日）', '114年5月7日', [
			'7日',
			'114年5月7日'
		]);
		expect(photo).toBe('球員在決賽奪冠後合影');
	});
	it('gives a verb alone its subject, and a time frame what happened in it', () => {
		const bridge = '据志书记载，石桥始建于1923年春，次年八月竣工，历时一年半。';
		expect(title(bridge, '次年八月', ['1923年春', '次年八月'])).toBe('石桥竣工');
		expect(title('1998年特大洪水中，桥墩受损。', '1998年')).toBe('特大洪水中桥墩受损');
		// The nearest clause's subject, not the speaker's, and never a time of day.
		const team = '教练在赛后表示，球队将于12月放假，明年1月5日集结。';
		expect(title(team, '明年1月5日', ['12月', '明年1月5日'])).toBe('球队集结');
		const museum = '館方將於1月15日晚上舉行預展，並在3月中旬推出親子工作坊。';
		expect(title(museum, '3月中旬', ['1月15日', '3月中旬'])).toBe('館方推出親子工作坊');
		// A clause that only points back (`尤其是…`) is about the one before it.
		expect(title('未來幾天仍可能發生餘震，尤其是今明兩天。', '今明兩天')).toBe('未來幾天仍可能發生餘震');
	});
	it('keeps figures whole and leaves nothing that only led to a date', () => {
		expect(title('截至9月30日，公司在手订单总额为1,062亿元。', '9月30日')).toBe(
			'公司在手订单总额为1,062亿元'
		);
		const quakes = '規模6以上的地震有3起，分別發生在1月21日、3月14日及8月29日。';
		expect(title(quakes, '3月14日', ['1月21日', '3月14日', '8月29日'])).toBe('分別發生');
		expect(title('候选人推荐截止时间为10月31日。', '10月31日')).toBe('候选人推荐截止时间');
		expect(title('公司上一次推出回购计划是2022年。', '2022年')).toBe('公司上一次推出回购计划');
		// `订为` is one word: its `为` stays.
		expect(title('董事會將除息基準日訂為12月18日。', '12月18日')).toBe('董事會將除息基準日訂為');
	});
	it('drops connectives that open the clause', () => {
		expect(title('同时,2024年春节期间各地举办庙会活动。', '2024年春节')).toBe('各地举办庙会活动');
	});
	it('never cuts a character in two', () => {
		// Issue 14: half an emoji at the cut is a lone surrogate, which a page shows as U+FFFD.
		// A quotation left open leaves no word to cut at: the cut falls at a fixed length, here inside an emoji.
		const text = `2014年“${'😀'.repeat(30)}。`;
		expect(title(text, '2014年')).toBe('😀😀😀');
	});
	it('shortens a long clause as a headline does, never with an ellipsis or mid-word', () => {
		const text = '今年发布的《年度报告》详细记录了全国各地在过去一年里积极推进数字基础设施建设的具体成果。';
		const result = title(text, '今年');
		expect([...result].length).toBeLessThanOrEqual(20);
		expect(result).not.toContain('…');
		expect(result.startsWith('《年度报告》')).toBe(true);
	});
});

describe('eventTitle in English', () => {
	const en = (text: string, quote: string) => {
		const span = [text.indexOf(quote), text.indexOf(quote) + quote.length] as const;
		return eventTitle({ text, normal: normalize(text), dates: [span] }, span, 'en');
	};
	it('drops an opening date with its preposition and comma, and a dateline', () => {
		expect(en('RIVERSIDE — On Tuesday, the council approved the tram line.', 'Tuesday')).toBe(
			'The council approved the tram line'
		);
	});
	it('closes up a quotation whose opening date was dropped, and capitalizes inside it', () => {
		expect(en('"Last month they told us the dam was safe," she said.', 'Last month')).toBe(
			'"They told us the dam was safe," she said'
		);
		expect(en('“In 2019 we lost everything,” the baker said.', '2019')).toBe(
			'“We lost everything,” the baker said'
		);
	});
	it('gives a clause that lost its subject the sentence’s subject', () => {
		expect(en('The plant opened in 1998, and closed in 2004 after a fire.', '2004')).toBe(
			'The plant closed after a fire'
		);
	});
	const enAmong = (text: string, quote: string, dates: string[]) => {
		const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
		const [from, to] = at(quote);
		return eventTitle({ text, normal: normalize(text), dates: dates.map(at) }, [from, to], 'en');
	};
	it('takes a weekday before the date with it, commas and all', () => {
		const text =
			'The old bridge reopened to traffic on Monday, November 17, 2025, after a repair that began in May 2023.';
		const dates = ['November 17, 2025', 'May 2023'];
		expect(enAmong(text, 'November 17, 2025', dates)).toBe('The old bridge reopened to traffic');
		expect(enAmong(text, 'May 2023', dates)).toBe('A repair began');
		expect(
			enAmong('Officials said on Wednesday, Oct. 8, that the port would reopen.', 'Oct. 8', ['Oct. 8'])
		).toBe('Officials said the port would reopen');
	});
	it('gives a relative or participle clause with its own date the noun it tells of', () => {
		const lane = 'The council voted on 4 March 2024 to add a cycle lane, which will open next month.';
		expect(enAmong(lane, 'next month', ['4 March 2024', 'next month'])).toBe('A cycle lane will open');
		expect(enAmong(lane, '4 March 2024', ['4 March 2024', 'next month'])).toBe(
			'The council voted to add a cycle lane'
		);
		const museum = 'The museum, which opened in 1901, closed its doors in 2020.';
		expect(enAmong(museum, '1901', ['1901', '2020'])).toBe('The museum opened');
		expect(enAmong(museum, '2020', ['1901', '2020'])).toBe('The museum closed its doors');
		expect(
			enAmong('Acme bought the mill from Hartley & Sons, which had run it since 1887.', '1887', ['1887'])
		).toBe('Hartley & Sons had run it');
		const hall = 'The hall, built in the 19th century, was sold to the city in 1952.';
		expect(enAmong(hall, '19th century', ['19th century', '1952'])).toBe('The hall was built');
		// After a whole clause, the participle tells of the noun just before it, not of the clause's subject.
		const mill = 'Voters backed a plan to restore the old mill, built in 1820 and the last of its kind.';
		expect(enAmong(mill, '1820', ['1820'])).toBe('The old mill was built');
		// A date that is its clause's subject stays in its title.
		const wet = 'Officials said February had been the wettest month on record.';
		expect(enAmong(wet, 'February', ['February'])).toBe(
			'Officials said February had been the wettest month on record'
		);
		// `which` as the object (`which it last did`) describes: the main clause stays the event.
		const table = 'The club finished top of the table in May, which it last did in the 1990s.';
		expect(enAmong(table, '1990s', ['May', '1990s'])).not.toMatch(/\bit last did\b/);
	});
	it('gives a date inside a since, after or until clause that clause as its event', () => {
		const crowd = 'Organisers said it was the largest crowd since the fair began in 1985.';
		expect(enAmong(crowd, '1985', ['1985'])).toBe('The fair began');
		const vote = 'The minister called the early vote after her budget failed to pass on 28 January.';
		expect(enAmong(vote, '28 January', ['28 January'])).toBe('Her budget failed to pass');
		// Not for a pronoun, nor after a preposition before a feast's name.
		const light = 'Her father tended the light until it was automated in 1962.';
		expect(enAmong(light, '1962', ['1962'])).toBe('Her father tended the light until it was automated');
		const defeat = 'Their only defeat before Christmas came at Eastvale on December 14.';
		expect(enAmong(defeat, 'December 14', ['December 14'])).toBe(
			'Their only defeat before Christmas came at Eastvale'
		);
	});
	it('stops at a word within 60 characters, with no ellipsis', () => {
		const result = en(
			'In 2019 the regional transport authority published a detailed plan for seven new bus routes across the northern valleys.',
			'2019'
		);
		expect(result.length).toBeLessThanOrEqual(60);
		expect(result).not.toContain('…');
		expect(result).toMatch(/^The regional transport authority published a detailed plan\b/);
	});
});

/** The seed, the Chinese fixtures, the English fixtures and data/: every title reads as a headline. */
function everyArticle() {
	const root = join(import.meta.dirname, '../../..');
	const texts = (dir: string) =>
		readdirSync(join(root, dir))
			.filter((file) => file.endsWith('.txt'))
			.map((file) => join(root, dir, file));
	const metaOf = (file: string) => {
		const path = file.replace(/\.txt$/, '.meta.json');
		if (!existsSync(path)) return {};
		const meta = validateWith(ArticleMetaSchema, JSON.parse(readFileSync(path, 'utf8')));
		return meta.ok ? meta.data : {};
	};
	const files = ['data', 'src/lib/extract/fixtures', 'src/lib/extract/english/fixtures'].flatMap(texts);
	return files.map((file) => ({
		file,
		data: extractArticle(readFileSync(file, 'utf8'), { meta: metaOf(file), published: '2025-11-11' })
	}));
}

describe('titles of every article', () => {
	const articles = everyArticle();

	it('are short, open with no date words and are never cut with an ellipsis', () => {
		expect(articles.length).toBeGreaterThanOrEqual(8);
		for (const { file, data } of articles) {
			const english = data.article.language === 'en';
			for (const event of data.events) {
				const where = `${file}: ${event.quote} → ${event.title}`;
				expect([...event.title].length, where).toBeLessThanOrEqual(english ? 60 : 20);
				expect(event.title, where).not.toContain('…');
				const opening = (english ? recognizeEnglish(event.title) : recognize(event.title))[0];
				expect(opening?.from, where).not.toBe(0);
				expect(event.title, where).not.toMatch(/^(?:於|于|在|自|從|从)\d/);
			}
		}
	});

	it('say who did what on the seed, from rules that know nothing of it', () => {
		const seed = articles.find(({ file }) => file.endsWith('cyberspace-shared-future.txt'))!.data;
		const titleOf = (quote: string) => seed.events.find((event) => event.quote === quote)!.title;
		expect(titleOf('2015年')).toMatch(/^習近平.*提出構建網路空間命運共同體/);
		expect(titleOf('2022年')).toMatch(/^中國.*升級為國際組織$/);
	});
});
