/**
 * The error classes that the held-out fixtures of the second, third and fourth rounds (fixtures/README.md: a
 * typhoon report, a court case, annual results, a legislative process, an anniversary, a timetable change, a
 * space probe's launch, a university's history…) found, one block each, on sentences written for these tests,
 * not taken from those fixtures.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

/** `quote=start[..end]` of every event of an article of one title and `lines`. */
function read(published: string, ...lines: string[]) {
	return extractArticle(['标题', ...lines].join('\n'), { published }).events.map(
		(e) => `${e.quote}=${e.start}${e.end ? `..${e.end}` : ''}`
	);
}

describe('the year a date without one is in', () => {
	it('a year stated in words (去年, 同年) moves the story’s year, as one in figures does', () => {
		expect(
			read('2025-02-01', '2019年，公司成立。', '去年3月，新厂动工。', '6月10日，首条产线投产。')
		).toEqual(['2019年=2019', '去年3月=2024-03', '6月10日=2024-06-10']);
		expect(read('2025-02-01', '2016年，旧厂关停；同年8月，厂房出售。', '10月9日，新业主接手。')).toEqual([
			'2016年=2016',
			'同年8月=2016-08',
			'10月9日=2016-10-09'
		]);
	});
	it('a span of years names no one year for the dates after it', () => {
		expect(read('2024-08-01', '2010年代，老街几经改造。', '3月12日，老街重新开放。')).toEqual([
			'2010年代=2010..2019',
			'3月12日=2024-03-12'
		]);
		expect(read('2024-08-01', '2001年至2011年，渡轮停航；5月8日，渡轮复航。')).toEqual([
			'2001年至2011年=2001..2011',
			'5月8日=2024-05-08'
		]);
	});
	it('a caption stands outside the story: its date is read from publication', () => {
		const data = extractArticle(
			['标题', '1962年夏天，渡口还有木船。', '9月19日晚，市民在码头赏月。 记者 李明 摄'].join('\n'),
			{ published: '2024-09-20' }
		);
		expect(data.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'caption']);
		expect(data.events.map((e) => `${e.quote}=${e.start}`)).toEqual([
			'1962年夏天=1962-06',
			'9月19日=2024-09-19'
		]);
	});
});

describe('the headline', () => {
	it('states no year for the story under it', () => {
		const data = extractArticle('新馆将于2027年3月开放\n10月8日，新馆主体结构封顶，工程进入装修阶段。', {
			published: '2025-10-09'
		});
		expect(data.events.map((e) => `${e.quote}=${e.start}`)).toEqual([
			'2027年3月=2027-03',
			'10月8日=2025-10-08'
		]);
	});
});

describe('parts of a year', () => {
	it('a season by its character alone, after a year or after a year restated in brackets', () => {
		expect(read('2024-12-31', '民国十五年（1926年）秋，学校迁址；1931年春，新校舍落成。')).toEqual([
			'民国十五年（1926年）秋=1926-09..1926-11',
			'1931年春=1931-03..1931-05'
		]);
	});
	it('but not a word that goes on from it', () => {
		expect(read('2024-12-31', '2022年冬奥会场馆对外开放，2025年春节假期延长。')).toEqual([
			'2022年=2022',
			'2025年春节=2025-01-29'
		]);
	});
	it('quarters written 第三季 and 首季, after a year or after 于', () => {
		expect(read('2024-11-01', '公司2024年第三季营收增长，明年首季将推出新品。')).toEqual([
			'2024年第三季=2024-07..2024-09',
			'明年首季=2025-01..2025-03'
		]);
		expect(read('2024-11-01', '公司于第四季扩产。')).toEqual(['第四季=2024-10..2024-12']);
	});
	it('a series’ season is no quarter', () => {
		expect(read('2024-11-01', '这部剧第三季下月播出。')).toEqual(['下月=2024-12']);
	});
});

describe('not dates', () => {
	it('the year that opens a case or document number', () => {
		expect(read('2024-11-01', '法院作出（2023）京01民终123号判决，国务院印发〔2024〕5号文件。')).toEqual([]);
	});
	it('a time limit counted from an act: 公布后6个月内', () => {
		expect(read('2024-11-01', '细则应于条例公布后6个月内制定。')).toEqual([]);
	});
	it('a number closing a name in quotation marks: “远航3号”', () => {
		expect(read('2024-11-01', '科考船“远航3号”完成首航，「海鹰7号」随后出港。')).toEqual([]);
	});
	it('weekdays listed after one that recurs', () => {
		expect(read('2024-12-02', '专线每周二、周四和周六开行，本周日加开一班。')).toEqual(['本周日=2024-12-08']);
	});
});

describe('days', () => {
	it('昨 before a market’s close', () => {
		expect(read('2025-03-20', '该股昨收报12元，今早高开。')).toEqual(['昨=2025-03-19', '今早=2025-03-20']);
	});
	it('a weekday with its day in brackets is one event, and so is a day word after a bracketed date', () => {
		expect(read('2024-12-02', '联赛本周六（7日）开打，元旦（1月1日）当天休赛。')).toEqual([
			'本周六（7日）=2024-12-07',
			'元旦（1月1日）当天=2025-01-01'
		]);
	});
});

describe('periods', () => {
	it('自…起 with one day or year is an open range from it: in force or under way from then on', () => {
		expect(read('2024-05-02', '新规自下月1日起施行，补贴自2019年起发放。')).toEqual([
			'自下月1日起=2024-06-01..open',
			'自2019年起=2019..open'
		]);
	});
	it('under a span of years, a month without a year is a kind of month, not a time', () => {
		expect(read('2024-08-01', '2000年至2020年，8月登陆的台风共有15个。')).toEqual([
			'2000年至2020年=2000..2020'
		]);
		expect(read('2024-08-01', '近十年来，7月的平均气温升高了1度。')).toEqual(['近十年来=2014..2024']);
		// A span of such months (`6月下旬至7月中旬`) is a kind of season each year, as one of them is.
		expect(read('2024-08-01', '近二十年来，6月下旬至7月中旬是本地梅雨最集中的时段。')).toEqual([
			'近二十年来=2004..2024'
		]);
		expect(read('2024-08-01', '1990年至2020年，9月上旬和10月的降雨都在减少。')).toEqual([
			'1990年至2020年=1990..2020'
		]);
		// The span does not reach past its sentence.
		expect(read('2024-08-01', '2000年至2020年，渡口三次改建。8月，新渡口启用。')).toEqual([
			'2000年至2020年=2000..2020',
			'8月=2024-08'
		]);
	});
	it('a date that closes a period bounds the months after it in its sentence', () => {
		expect(read('2025-11-21', '展览将持续至明年5月，其中12月中旬有专场导览，明年2月另有讲座。')).toEqual([
			'明年5月=2026-05',
			'12月中旬=2025-12-11..2025-12-20',
			'明年2月=2026-02'
		]);
		expect(read('2025-11-21', '活动持续至明年5月，3月还有一场音乐会。')).toEqual([
			'明年5月=2026-05',
			'3月=2026-03'
		]);
	});
	it('首季 opening a clause is the first quarter of the year the text is in', () => {
		expect(read('2025-04-20', '今年公司扩大投资；首季营收增长一成，首季度利润持平。')).toEqual([
			'今年=2025',
			'首季=2025-01..2025-03',
			'首季度=2025-01..2025-03'
		]);
		expect(read('2025-04-20', '这部剧首季收视不俗。')).toEqual([]);
	});
});

describe('the fourth round', () => {
	it('a year a figure is compared with (超过…全年) is a baseline and moves no year', () => {
		expect(
			read('2025-12-08', '去年5月，新港启用。今年以来，货运量已超过2024年全年；其中3月2日单日最高。')
		).toEqual(['去年5月=2024-05', '今年以来=2025..open', '3月2日=2025-03-02']);
	});
	it('a record since a year (2019年以来最多) is no event', () => {
		expect(read('2025-10-30', '去年全市接待游客3200万人次，为2019年以来最多。')).toEqual(['去年=2024']);
	});
	it('a date that closes a period moves no year of the story', () => {
		expect(read('2025-10-30', '补贴发放将持续至2026年3月31日。', '市民可自11月5日起申领。')).toEqual([
			'2026年3月31日=2026-03-31',
			'自11月5日起=2025-11-05..open'
		]);
	});
	it('weekdays that recur: 逢星期二, 每周一至周五', () => {
		expect(read('2025-11-28', '图书馆逢星期二闭馆，服务时间为每周一至周五。')).toEqual([]);
	});
	it('a year with 度 before a noun names a campaign or a report', () => {
		expect(read('2025-10-30', '2025—2026年度冬季供暖方案和2024年度报告已公布。')).toEqual([]);
	});
	it('第三季 and 前三季 without 度 beside words of business are quarters; a series’ season is not', () => {
		expect(read('2025-11-13', '公司第三季营收增长一成，前三季净利创新高。')).toEqual([
			'第三季=2025-07..2025-09',
			'前三季=2025-01..2025-09'
		]);
		expect(read('2025-11-13', '这部剧第三季口碑回升。')).toEqual([]);
	});
	it('a sentence that opens with a plan looks ahead in its later clauses, until it tells of something done', () => {
		expect(
			read(
				'2025-11-28',
				'该馆于2019年获赠一批藏品。',
				'馆方将于开幕前一晚，即1月15日举行预展，并在3月中旬推出讲座。'
			)
		).toEqual(['2019年=2019', '1月15日=2026-01-15', '3月中旬=2026-03-11..2026-03-20']);
		expect(read('2025-11-28', '该馆于2019年获赠一批藏品。', '馆方将于下月扩建，而9月已完成修缮。')).toEqual([
			'2019年=2019',
			'下月=2025-12',
			'9月=2025-09'
		]);
	});
	it('a year the sentence only guessed from publication gives way to a date that looks ahead', () => {
		expect(read('2025-12-20', '11月销量回升，预计1月将创新高。')).toEqual(['11月=2025-11', '1月=2026-01']);
	});
	it('a headline’s date takes the year of the story’s date that restates it', () => {
		const data = extractArticle('新馆11月22日开放\n市文旅局宣布，新馆将于今年11月22日（星期日）开放。', {
			published: '2026-09-15'
		});
		expect(data.events.map((e) => `${e.quote}=${e.start}:${e.derivation[0]!.rule}`)).toEqual([
			'11月22日=2026-11-22:restated-year',
			'今年11月22日（星期日）=2026-11-22:relative-year'
		]);
	});
	it('今明两天 is today and tomorrow; 即日起 is from today', () => {
		expect(read('2025-12-08', '余震可能持续，尤其是今明两天；门票即日起发售，即日可达的快递照常。')).toEqual([
			'今明两天=2025-12-08..2025-12-09',
			'即日=2025-12-08'
		]);
	});
	it('a day set by a schedule (订为) lies ahead, whatever year the paragraph told of before', () => {
		expect(read('2025-11-13', '公司成立于2004年，2017年上市。股息发放日订为12月18日。')).toEqual([
			'2004年=2004',
			'2017年=2017',
			'12月18日=2025-12-18'
		]);
	});
});

describe('fifth round', () => {
	it('昨午, 今午 are a day as 昨晚 is', () => {
		expect(read('2025-03-04', '市府昨午宣布停水，今午恢复。')).toEqual([
			'昨午=2025-03-03',
			'今午=2025-03-04'
		]);
	});
	it('今天 after a verb of being or becoming is the present state of things, not a day', () => {
		expect(
			read(
				'2025-06-01',
				'一间小作坊，成为今天的上市公司；这里就是今天年销千万的老店。今天上午，店铺重新开张。'
			)
		).toEqual(['今天=2025-06-01']);
	});
	it('a caption that says less of a date the text states (its year) repeats it', () => {
		const data = extractArticle(
			['标题', '1985年秋天，渡口停用。', '1985年的渡口。（图／资料照）', '1990年的码头。（图／资料照）'].join(
				'\n'
			),
			{ published: '2024-09-20' }
		);
		expect(data.events.map((e) => `${e.quote}=${e.start}`)).toEqual(['1985年秋天=1985-09', '1990年=1990']);
	});
	it('民国 decades count the Republic’s years; a century has parts; 冬至, 夏至 and 中元节 are days', () => {
		expect(
			read(
				'2025-03-12',
				'民国五十年代末，戏院落成；19世纪下半叶，码头兴起；本世纪初，老街翻修。',
				'1990年冬至，老街拆迁；明年中元节，戏偶展出。'
			)
		).toEqual([
			'民国五十年代末=1968..1970',
			'19世纪下半叶=1850..1899',
			'本世纪初=2000..2009',
			'1990年冬至=1990-12-22',
			'明年中元节=2026-08-27'
		]);
	});
	it('a five-year plan by its number is its five years, or the last or first of them', () => {
		expect(
			read(
				'2025-04-18',
				'“十三五”时期，新建学校40所；到“十五五”末，全部达标；「十四五」规划期间，再建20所。“十四五”规划提出目标。'
			)
		).toEqual(['“十三五”时期=2016..2020', '“十五五”末=2030', '「十四五」规划期间=2021..2025']);
	});
	it('自…起至…止 is one range; a date that only follows a period’s close goes on in the close’s year', () => {
		expect(
			read(
				'2025-05-06',
				'上半场展期2025年9月1日开幕，至2026年1月4日闭幕；修缮自1月5日起至2月28日止，3月2日重新开放。'
			)
		).toEqual([
			'2025年9月1日=2025-09-01',
			'2026年1月4日=2026-01-04',
			'自1月5日起至2月28日止=2026-01-05..2026-02-28',
			'3月2日=2026-03-02'
		]);
		expect(read('2025-08-20', '活动持续至2026年3月31日。9月下旬起各区开设门诊。')).toEqual([
			'2026年3月31日=2026-03-31',
			'9月下旬=2025-09-21..2025-09-30'
		]);
	});
});

describe('the sixth round’s classes', () => {
	it('a count after 历时, 耗时 or 长达 is how long something took, not the years up to publication', () => {
		expect(read('2025-06-10', '新馆历时近五年建成，耗时近两个月布展。近三年来，观众逐年增加。')).toEqual([
			'近三年来=2022..2025'
		]);
	});
	it('至次日凌晨 after a schedule is the small hours of each day, not a day counted from the last one', () => {
		expect(read('2025-06-10', '6月1日起，夜市营业至次日凌晨2时。6月5日开幕，次日闭幕。')).toEqual([
			'6月1日=2025-06-01',
			'6月5日=2025-06-05',
			'次日=2025-06-06'
		]);
	});
	it('a day counted from publication brings the story back from a year stated before it', () => {
		expect(read('2025-12-20', '大桥2019年5月动工。昨日大桥通过验收，元旦通车。')).toEqual([
			'2019年5月=2019-05',
			'昨日=2025-12-19',
			'元旦=2026-01-01'
		]);
	});
	it('a month whose figures are compared with the month before is measured, not ahead', () => {
		expect(read('2025-12-20', '新线预计明年2月开通。', '11月客流为80万人次，比上月增长3%。')).toEqual([
			'明年2月=2026-02',
			'11月=2025-11'
		]);
	});
	it('a close after something begun today lies ahead of it', () => {
		expect(read('2025-01-10', '文物今起展出，展期至三月二日。')).toEqual([
			'今=2025-01-10',
			'三月二日=2025-03-02'
		]);
	});
	it('民國 years in words with 百 and 零, and reign eras as Traditional writes them', () => {
		expect(read('2025-01-10', '民國一百零九年五月歇業；咸豐三年開張，清光緒年間擴建。')).toEqual([
			'民國一百零九年五月=2020-05',
			'咸豐三年=1853',
			'清光緒年間=1875..1908'
		]);
	});
	it('自…開始 that the next clause closes is two days, no open range', () => {
		expect(read('2025-04-28', '今年暑假自6月30日開始，8月29日結束。補助自5月1日開始發放。')).toEqual([
			'6月30日=2025-06-30',
			'8月29日=2025-08-29',
			'自5月1日開始=2025-05-01..open'
		]);
	});
	it('a day and the next one listed after 、 are one event over two days; days further apart are two', () => {
		expect(read('2025-04-28', '複試訂於明年3月7日、8日舉行，3月14日、21日另有說明會。')).toEqual([
			'明年3月7日、8日=2026-03-07..2026-03-08',
			'3月14日=2026-03-14',
			'21日=2026-03-21'
		]);
	});
	it('a relative year before a thing a year has one of says which, and is no event', () => {
		expect(read('2025-04-28', '今年寒假延長一週，明年預算另議；今年已完成招生。')).toEqual(['今年=2025']);
	});
	it('festivals listed together follow one another', () => {
		expect(read('2025-12-27', '元旦、春节假期期间，公园延长开放。')).toEqual([
			'元旦=2026-01-01',
			'春节=2026-02-17'
		]);
	});
});

/** The seventh round's classes (a by-election result, company results), on sentences of our own. */
describe('the seventh round', () => {
	it('昨, 今 and 明 alone before more verbs of the news: 完成, 宣誓, 就职, 投票, 公告', () => {
		expect(read('2026-05-20', '县选委会昨完成封存作业，新任县长明宣誓就职。')).toEqual([
			'昨=2026-05-19',
			'明=2026-05-21'
		]);
		expect(read('2026-05-20', '地方法院今宣判，县府明公告选举结果。')).toEqual([
			'今=2026-05-20',
			'明=2026-05-21'
		]);
	});
	it('a date after one counted back from publication, and before its month, reads forward to this year', () => {
		expect(
			read('2026-04-02', '渔港去年11月遭台风损毁。', '修复工程于2月3日开工，3月10日至20日试运行。')
		).toEqual(['去年11月=2025-11', '2月3日=2026-02-03', '3月10日至20日=2026-03-10..2026-03-20']);
		// A date after the month stated stays in its year, and a forward date not yet come stays back.
		expect(read('2026-04-02', '渔港去年3月动工。', '8月9日完工，6月另有验收。')).toEqual([
			'去年3月=2025-03',
			'8月9日=2025-08-09',
			'6月=2025-06'
		]);
	});
	it('a record measured per quarter or month since a year is a baseline, and 上年末 is no end of this year', () => {
		expect(read('2025-08-01', '上半年出口额为2016年以来单季最高，存款余额比上年末增加3%。')).toEqual([
			'上半年=2025-01..2025-06'
		]);
	});
});

/** The eighth round's classes (a baseball league, fiscal-quarter results, a heritage building), on sentences of our own. */
describe('the eighth round', () => {
	it('a date of a rule that holds every year (每年…起至次年…止) is no event', () => {
		expect(read('2025-06-01', '协会的会员年度自每年9月1日起至次年8月31日止，今年9月1日起收费。')).toEqual([
			'今年9月1日=2025-09-01'
		]);
		expect(read('2025-06-01', '图书馆每年7月至8月延长开放，每月15日闭馆整理。')).toEqual([]);
	});
	it('当年 after a year stated in its sentence is that year; without one, or before 的, it is back then', () => {
		expect(read('2025-06-01', '渡轮公司2018年春季开通夜航，当年载客即超过十万人次。')).toEqual([
			'2018年春季=2018-03..2018-05',
			'当年=2018'
		]);
		expect(read('2025-06-01', '球队上次夺冠是2009赛季，当年主帅仍是外籍教练。')).toEqual([
			'2009=2009',
			'当年=2009'
		]);
		expect(read('2025-06-01', '他说，当年一起出海的渔民，如今大多已经退休。')).toEqual([]);
		expect(read('2025-06-01', '老码头1931年建成，当年修码头的工人来自各地。')).toEqual(['1931年=1931']);
		expect(read('2025-06-01', '2019年入职的店员都相当年轻。')).toEqual(['2019年=2019']);
	});
	it('a fiscal year the text states places 财年 and 财季, and its quarters without a year', () => {
		expect(
			read(
				'2025-11-20',
				'公司财年自每年7月1日起，本财年第一财季营收增长。',
				'公司公布2026财年第一财季业绩，前两财季合计营收将超过百亿元，预计第三季度推出新品。'
			)
		).toEqual([
			'第一财季=2025-07..2025-09',
			'2026财年第一财季=2025-07..2025-09',
			'前两财季=2025-07..2025-12',
			'第三季度=2026-01..2026-03'
		]);
		// Without a fiscal year stated, 财年 is the calendar year it names.
		expect(read('2025-11-20', '公司上调2025财年盈利预期。')).toEqual(['2025财年=2025']);
	});
	it('本季 in business is the quarter last named, else publication’s; in sports, the season', () => {
		expect(read('2025-08-12', '公司公布第二季度业绩，本季度净利润增长两成。')).toEqual([
			'第二季度=2025-04..2025-06',
			'本季度=2025-04..2025-06'
		]);
		expect(read('2025-08-12', '管理层预计本季营收持平。')).toEqual(['本季=2025-07..2025-09']);
		// A league that names its season by one year plays it within the year; a half-season's title is a name.
		expect(
			read(
				'2025-08-12',
				'2025球季进入下半段。',
				'雄狮本季主场战绩领先，上半季拿下32胜，但未能夺得上半季冠军。'
			)
		).toEqual(['2025=2025', '本季=2025', '上半季=2025']);
	});
	it('two centuries joined are one span of years', () => {
		expect(read('2025-06-01', '展品横跨十二世纪至十八世纪，另有从5世纪到7世纪的石刻。')).toEqual([
			'十二世纪至十八世纪=1100..1799',
			'从5世纪到7世纪=0400..0699'
		]);
	});
});

describe('the ninth round', () => {
	it('a month right after a count of years (判处有期徒刑3年10个月, 两年6月) is a length of time, no month', () => {
		expect(read('2025-06-01', '被告以盗窃罪被判处有期徒刑2年8月，另一人判刑两年6月。')).toEqual([]);
		// A year stated before its month is still one.
		expect(read('2025-06-01', '工厂2019年8月投产，至今已经营5年10个月。')).toEqual(['2019年8月=2019-08']);
	});
	it('前后 after a day or a year is a hedge of that date, not a count back from publication', () => {
		expect(read('2026-07-14', '预计16日起雨带南压，17日前后降雨减弱。')).toEqual([
			'16日=2026-07-16',
			'17日前后=2026-07-17'
		]);
		expect(read('2026-11-27', '許多人在110年前後開始接觸網路投資。')).toEqual(['110年前後=2021']);
		// A count with 前 alone still counts back.
		expect(read('2026-07-14', '他在10年前搬到这里，3天前刚刚回来。')).toEqual([
			'10年前=2016',
			'3天前=2026-07-11'
		]);
	});
	it('two days counted from publication joined by 到 or 至, with their times of day, are one span', () => {
		expect(read('2026-07-14', '预计今天夜间到明天白天有暴雨，今晚至明天上午风力较大。')).toEqual([
			'今天夜间到明天白天=2026-07-14..2026-07-15',
			'今晚至明天上午=2026-07-14..2026-07-15'
		]);
		// Two days that are not joined stay two.
		expect(read('2026-07-14', '今天多云，明天有雨。')).toEqual(['今天=2026-07-14', '明天=2026-07-15']);
	});
	it('a fiscal year named by the two years it straddles runs from April; 下个财政年度 counts from the one under way', () => {
		expect(
			read(
				'2026-02-26',
				'政府公布2026-27财政年度预算，预计下个财政年度开支增加。',
				'当局预计2025/26年度录得赤字，至2028-29年度恢复平衡。'
			)
		).toEqual([
			'2026-27财政年度=2026-04..2027-03',
			'下个财政年度=2026-04..2027-03',
			'2025/26年度=2025-04..2026-03',
			'2028-29年度=2028-04..2029-03'
		]);
		expect(read('2026-02-26', '司長發表2026-27財政年度預算案，下個財政年度起實施。')).toEqual([
			'2026-27財政年度=2026-04..2027-03',
			'下個財政年度=2026-04..2027-03'
		]);
		// A year of a campaign named by two years, in no sentence of public money, is a name.
		expect(read('2025-10-09', '2025—2026年度流感疫苗接种工作启动。')).toEqual([]);
	});
	it('间 after one month belongs to it, as after a span of months; 年中 is the middle of the year', () => {
		expect(read('2026-11-27', '被告于2023年8月间成立群组，次年3月间被查获。')).toEqual([
			'2023年8月间=2023-08',
			'次年3月间=2024-03'
		]);
		expect(read('2026-10-09', '探测器将于明年年中运抵发射场，2025年年中完成测试。')).toEqual([
			'明年年中=2027-05..2027-08',
			'2025年年中=2025-05..2025-08'
		]);
	});
	it('a dynasty named as an age (清代, 唐朝) is its span of years, as a reign era with 年间 is', () => {
		expect(read('2025-06-01', '库房里有一批清代账册，还有几件唐朝的陶俑和明代的瓷盘。')).toEqual([
			'清代=1644..1911',
			'唐朝=0618..0907',
			'明代=1368..1644'
		]);
		// 代 and 朝 of other words, and a price in 元, are no dynasty.
		expect(read('2025-06-01', '他明代表公司出席，每张券10元代金，明朝向东开放。')).toEqual([]);
	});
	it('本赛季 and 这个赛季 are this season, in a sentence of sports or not', () => {
		expect(
			read('2025-11-24', '江城队2025赛季获得亚军。', '本赛季球队共取得19胜，主帅说这个赛季来之不易。')
		).toEqual(['2025=2025', '本赛季=2025', '这个赛季=2025']);
	});
});

describe('the tenth round', () => {
	it('a Simplified text counts no years of the Republic without 民国: 110年左右 is a count', () => {
		expect(read('2025-10-21', '老厂的汽笛已经响了110年左右，工人说它还能再响很多年。')).toEqual([]);
		expect(read('2025-10-21', '这口井挖了113年3个多月才见水，村民9月8日立碑纪念。')).toEqual([
			'9月8日=2025-09-08'
		]);
		// Taiwan writes Traditional, and there the count is the Republic's.
		expect(read('2025-10-21', '許多會員是在110年前後開始參加，協會於113年5月改選理事。')).toEqual([
			'110年前後=2021',
			'113年5月=2024-05'
		]);
	});
	it('a short number to call (拨打1999市民专线, 致电1925) is no year', () => {
		expect(read('2025-03-18', '民众可拨打1999市民专线，或致电1925安心专线咨询；专线于2019年开通。')).toEqual([
			'2019年=2019'
		]);
	});
	it('a year of the Republic opening a period (自111年起), and a relative year restating its number (去(113)年)', () => {
		expect(read('2025-03-18', '區公所自111年起辦理免費健檢，去(113)年受檢人數達3,200人。')).toEqual([
			'自111年起=2022..open',
			'去(113)年=2024'
		]);
		expect(read('2025-03-18', '本館今（114）年將整修外牆。')).toEqual(['今（114）年=2025']);
	});
	it('a season alone after its year, before what happened then (1937年秋曾遭), is that season', () => {
		expect(
			read('2025-10-21', '礼堂1937年秋曾遭炮火损毁，1958年冬开始重建，2019年夏至当天重新开放。')
		).toEqual(['1937年秋=1937-09..1937-11', '1958年冬=1958-12..1959-02', '2019年夏至当天=2019-06-21']);
	});
	it('a range of centuries that says 世纪 once (九至十九世纪, 12到18世纪) is one span, as two centuries joined are', () => {
		expect(read('2026-04-23', '展品年代为九至十九世纪，其中12到18世纪的瓷器最多。')).toEqual([
			'九至十九世纪=0800..1899',
			'12到18世纪=1100..1799'
		]);
		// A count before a century is not its start.
		expect(read('2026-04-23', '馆内有3至5世纪的陶俑，另有20至30件19世纪的银器。')).toEqual([
			'3至5世纪=0200..0499',
			'19世纪=1800..1899'
		]);
	});
	it('a festival right after solar days (5月1日至5日劳动节假期, 10月1日国庆节) only names them', () => {
		expect(read('2026-04-23', '5月1日至5日劳动节假期照常开放，10月1日国庆节当天免费。')).toEqual([
			'5月1日至5日劳动节=2026-05-01..2026-05-05',
			'10月1日国庆节当天=2026-10-01'
		]);
	});
	it('a date of a plan placed from publication brings the story back from a year stated before it', () => {
		expect(
			read(
				'2026-04-23',
				'这批银器于1987年在旧宅地窖中发现。',
				'纪念馆将在4月28日举办捐赠仪式。5月1日至3日，观众须提前一天预约。'
			)
		).toEqual(['1987年=1987', '4月28日=2026-04-28', '5月1日至3日=2026-05-01..2026-05-03']);
	});
	it('a fiscal period before the words that define it (第三财季即截至…的三个月) is no time of the story', () => {
		expect(
			read(
				'2026-02-12',
				'该公司财年自每年4月1日起至次年3月31日止，第二财季即截至2025年9月30日的三个月，营收增长8%。'
			)
		).toEqual(['2025年9月30日=2025-09-30']);
	});
});

/** The eleventh round's classes (a Hong Kong transport report, a Taiwanese shop history, a statistics release). */
describe('the eleventh round', () => {
	it("years of Japan's eras, alone, restated in brackets or as a whole era (昭和10年, 大正年間)", () => {
		expect(
			read('2025-06-01', '茶行創於明治38年，大正年間遷至港邊；昭和12年（1937年）改建店屋，平成元年歇業。')
		).toEqual(['明治38年=1905', '大正年間=1912..1926', '昭和12年（1937年）=1937', '平成元年=1989']);
	});
	it('a name ending in 明 or 清 before 民國 is no dynasty of the Republic', () => {
		expect(read('2025-06-01', '店主林文清民國65年接手，其子黃志明民國80年另開分店。')).toEqual([
			'民國65年=1976',
			'民國80年=1991'
		]);
	});
	it('a day word with its weekday in brackets is one event (昨日（星期二）)', () => {
		expect(read('2025-06-04', '市政府昨日（星期二）宣布，新線後天(星期五)通車。')).toEqual([
			'昨日（星期二）=2025-06-03',
			'後天(星期五)=2025-06-06'
		]);
	});
	it('农历新年 and Taiwan’s 農曆年 are the new year’s day, as 春节 is; not 农历年份', () => {
		expect(
			read('2025-11-20', '今年農曆新年假期延長一天，店家明年農曆年前推出禮盒；农历年份以干支纪年。')
		).toEqual(['今年農曆新年=2025-01-29', '明年農曆年=2026-02-17']);
	});
	it('a festival’s days in brackets after 期間 or 假期 are one event with it, those days', () => {
		expect(
			read('2026-01-20', '去年中秋節期間（10月6日）曾延長開放，今年春節假期（2月16日至22日）將休館。')
		).toEqual([
			'去年中秋節期間（10月6日）=2025-10-06',
			'今年春節假期（2月16日至22日）=2026-02-16..2026-02-22'
		]);
	});
	it('the solar date kept over a festival is in the festival’s year, not the one the story last stated', () => {
		expect(read('2026-01-10', '去年元宵節人潮擁擠。', '今年除夕（2月16日）加開班次。')).toEqual([
			'去年元宵節=2025-02-12',
			'今年除夕（2月16日）=2026-02-16'
		]);
	});
	it('Taiwan’s 隔年 and 隔天 are 次年 and 次日; 隔年 before a verb or after 每 is every other year', () => {
		expect(
			read(
				'2025-06-01',
				'店屋1958年5月2日動工，隔天遭颱風吹毀；隔年3月重新開張，廟會則隔年舉辦，兩村每隔年輪流。'
			)
		).toEqual(['1958年5月2日=1958-05-02', '隔天=1958-05-03', '隔年3月=1959-03']);
	});
	it('festivals joined by 至 are the days between them, as dates are (年初一至年初三, 除夕至元宵節)', () => {
		expect(read('2026-01-10', '2024年除夕至年初二遊客倍增，今年除夕至元宵節花市通宵開放。')).toEqual([
			'2024年除夕至年初二=2024-02-09..2024-02-11',
			'今年除夕至元宵節=2026-02-16..2026-03-03'
		]);
	});
	it('中 alone after a month is its middle (下月中, 9月中), but not the start of another word (6月中國)', () => {
		expect(read('2026-01-28', '新館改為下月中才開放。去年6月中國貨輪曾靠港。工程預計9月中完成。')).toEqual([
			'下月中=2026-02-11..2026-02-20',
			'去年6月=2025-06',
			'9月中=2026-09-11..2026-09-20'
		]);
	});
});

describe('the twelfth round', () => {
	it('a year alone ahead of publication (明年將…) is a plan, not where the paragraphs after it go on', () => {
		expect(
			read('2023-12-28', '鎮長說，明年將續推老街改造。', '3月中旬老街步道已完工，8月間又辦了夜市。')
		).toEqual(['明年=2024', '3月中旬=2023-03-11..2023-03-20', '8月間=2023-08']);
		expect(read('2025-12-20', '公司明(115)年將擴建廠房。', '9月，二廠已投產。')).toEqual([
			'明(115)年=2026',
			'9月=2025-09'
		]);
	});
	it('a deadline (明年3月31日前, 6月底前) bounds a period: the story does not move to its year', () => {
		expect(
			read(
				'2024-12-30',
				'新制明年起上路，業者須在明年3月31日前換照。',
				'說明會已於12月5日舉行，12月18日再辦一場。'
			)
		).toEqual(['明年=2025', '明年3月31日=2025-03-31', '12月5日=2024-12-05', '12月18日=2024-12-18']);
		expect(read('2025-11-02', '補助款須於明年6月底前核銷。', '10月，首批補助已撥付。')).toEqual([
			'明年6月底=2026-06-21..2026-06-30',
			'10月=2025-10'
		]);
	});
});

describe('the twelfth round: 直到…才', () => {
	it('直到 or 直至 a date before 才 tells when something at last happened, not the close of a period', () => {
		expect(read('2026-03-16', '他去年5月受傷，直到8月下旬才歸隊，11月初重返先發。')).toEqual([
			'去年5月=2025-05',
			'8月下旬=2025-08-21..2025-08-31',
			'11月初=2025-11-01..2025-11-10'
		]);
		expect(read('2026-01-10', '新桥2024年动工，直至6月才完成桩基，9月合龙。')).toEqual([
			'2024年=2024',
			'6月=2024-06',
			'9月=2024-09'
		]);
	});
});

describe('the twelfth round: a dated plan', () => {
	it('a date of a plan in a later year (預計2027年底完工) is its sentence’s, not where the story goes on', () => {
		expect(read('2025-12-10', '新館預計2027年底完工；11月下旬館方已完成招標，12月初動工。')).toEqual([
			'2027年底=2027-11..2027-12',
			'11月下旬=2025-11-21..2025-11-30',
			'12月初=2025-12-01..2025-12-10'
		]);
	});
});

describe('the twelfth round: a year of the Republic before a part of the year', () => {
	it('115年底, 113年上半年 in a Traditional text are years of the Republic, as before a month', () => {
		expect(read('2024-12-30', '新館預計115年底完工，一樓已於113年上半年先行開放。')).toEqual([
			'115年底=2026-11..2026-12',
			'113年上半年=2024-01..2024-06'
		]);
	});
});

describe('the twelfth round: quarters listed without 第', () => {
	it('quarters listed together (一季度、二季度和三季度) are this year’s; one alone (四季度是旺季) stays a kind of quarter', () => {
		expect(
			read('2025-11-20', '全省一季度、二季度和三季度出口分别增长3%、4%和6%，四季度是传统旺季。')
		).toEqual(['一季度=2025-01..2025-03', '二季度=2025-04..2025-06', '三季度=2025-07..2025-09']);
	});
});

describe('the twelfth round: a period ahead judged by its end', () => {
	it('a span of months that looks ahead is the first not over by publication, judged by its end (1—11月 in November)', () => {
		expect(read('2025-11-14', '市统计局将于12月15日发布1—11月经济数据。')).toEqual([
			'12月15日=2025-12-15',
			'1—11月=2025-01..2025-11'
		]);
		expect(read('2025-11-14', '新馆将于3月至5月试运行。')).toEqual(['3月至5月=2026-03..2026-05']);
	});
});

describe('the twelfth round: a count of years in direct speech', () => {
	it('N年后 inside a quotation counts from when it was said (publication), not from the year stated before', () => {
		expect(read('2026-03-16', '2025年球队仅夺一冠。主帅说：“我们的目标是两年后的奥运会。”')).toEqual([
			'2025年=2025',
			'两年后=2028'
		]);
		expect(read('2026-03-16', '工厂2019年建成，两年后投产。')).toEqual(['2019年=2019', '两年后=2021']);
	});
});

describe('the thirteenth round: months after a season across two years', () => {
	it('a month told after the season under way (本季, 本球季) falls in the season’s year for that month, in later sentences too', () => {
		expect(read('2025-12-10', '雄鷹本季例行賽12勝4敗。球隊9月24日開季首戰落敗，11月底才升上第一。')).toEqual([
			'本季=2025..2026',
			'9月24日=2025-09-24',
			'11月底=2025-11-21..2025-11-30'
		]);
		expect(read('2025-11-02', '本赛季球队换了主帅。新帅8月接手，10月5日首秀告负。')).toEqual([
			'本赛季=2025..2026',
			'8月=2025-08',
			'10月5日=2025-10-05'
		]);
	});
});

describe('the thirteenth round: a pause that lasts', () => {
	it('近N周 after a verb of pausing (休战, 停赛, 停工) is how long the pause lasts, not the weeks up to publication', () => {
		expect(read('2025-06-10', '联赛将休战近三周，球员可回家休养。')).toEqual([]);
		expect(read('2025-06-10', '工地停工近两个月后复工。')).toEqual([]);
		expect(read('2025-06-10', '近两周，球队连输五场。')).toEqual(['近两周=2025-05-27..2025-06-10']);
	});
});

describe('the thirteenth round: a quarter as a kind of quarter', () => {
	it('a quarter with 第 that is a busy or slack season every year (第四季度是…旺季) is no time; one of figures still is', () => {
		expect(read('2025-10-20', '公司表示，第四季度历来是家电销售的旺季，预计第四季度营收增长一成。')).toEqual([
			'第四季度=2025-10..2025-12'
		]);
		expect(read('2025-10-20', '第一季度为行业淡季，公司第一季度营收下滑。')).toEqual([
			'第一季度=2025-01..2025-03'
		]);
	});
});

describe('the thirteenth round: a day word restated with its date and weekday', () => {
	it('明日（3月2日，星期一）is one day, the weekday inside the brackets restating it too', () => {
		expect(read('2026-03-01', '新线明日（3月2日，星期一）通车，首班车6时开出。')).toEqual([
			'明日（3月2日，星期一）=2026-03-02'
		]);
		expect(read('2026-03-01', '展览昨日（2月28日，星期六）闭幕。')).toEqual([
			'昨日（2月28日，星期六）=2026-02-28'
		]);
	});
});

describe('the thirteenth round: Q3 and Q4 in results', () => {
	it('Q3 beside words of business is that quarter of the story’s year; elsewhere a name', () => {
		expect(read('2025-11-20', '该行Q3净利润增长一成，预计Q4订单将过半。')).toEqual([
			'Q3=2025-07..2025-09',
			'Q4=2025-10..2025-12'
		]);
		expect(read('2025-11-20', '他开着一辆Q5驶入Q3停车区。')).toEqual([]);
	});
});

describe('the thirteenth round: a weekday counted from publication', () => {
	it('brings the story back from a year stated before it, as 昨日 does', () => {
		expect(
			read('2025-12-08', '球队上次夺冠是2019年。', '球队本周六（13日）客场作战，12月27日回到主场。')
		).toEqual(['2019年=2019', '本周六（13日）=2025-12-13', '12月27日=2025-12-27']);
	});
});

describe('seasons named by two years, and last season', () => {
	it('2024-25赛季 is that season, its months in the season’s years; 上季 in sports is the season before; 比上季 a baseline', () => {
		expect(read('2026-01-15', '前锋2022-23赛季加盟。2024/25球季，他10月首秀即进球，4月伤退。')).toEqual([
			'2022-23赛季=2022..2023',
			'2024/25球季=2024..2025',
			'10月=2024-10',
			'4月=2025-04'
		]);
		expect(read('2026-01-15', '球队上季季后赛首轮出局，本季门票收入比上季多两成。')).toEqual([
			'上季=2024..2025',
			'本季=2025..2026'
		]);
		expect(read('2026-01-15', '公司上季营收下滑。')).toEqual([]);
		// A season other than the one under way is named in passing: the story goes on in its own time.
		expect(
			read('2025-12-08', '中锋2022-23赛季加盟，上季季后赛受伤。', '球队开季不顺，10月18日首战落败。')
		).toEqual(['2022-23赛季=2022..2023', '上季=2024..2025', '10月18日=2025-10-18']);
	});
});

describe('a quarter without 第 beside words of business', () => {
	it('三季度 alone beside figures of business is that quarter, as Q3 is; elsewhere, or a kind of quarter, no time', () => {
		expect(read('2025-11-05', '远航物流三季度净利润同比增长12%。')).toEqual(['三季度=2025-07..2025-09']);
		expect(read('2025-11-05', '四季度历来是物流旺季。')).toEqual([]);
		expect(read('2025-11-05', '该剧三季度起停播。')).toEqual([]);
	});
});

describe('the fourteenth round: counts after a verb and a noun', () => {
	it('前一天 after what happens (开赛前一天) is the day before it, not the day before publication', () => {
		expect(read('2025-05-10', '如遇大雨，主办方将在开赛前一天公布安排。')).toEqual([]);
		expect(read('2025-05-10', '考生须在考试前一日确认考场。')).toEqual([]);
	});
	it('后N星期 inside a verb of delay (押后, 延后, 推后) is how long the delay is, not weeks after publication', () => {
		expect(read('2025-05-10', '法官批准辩方押后6星期的申请。')).toEqual([]);
		expect(read('2025-05-10', '工程延后两个月完工。')).toEqual([]);
	});
	it('与去年持平 with an adverb between (大致, 基本) is a baseline, as 与上月持平 is', () => {
		expect(read('2025-09-01', '今年产量预计与去年基本持平。')).toEqual(['今年=2025']);
		expect(read('2025-09-01', '今年客流将與去年大致持平。')).toEqual(['今年=2025']);
	});
});

describe('the fourteenth round: the words a period ends with', () => {
	it('期间 after a range of months belongs to its quote, as 间 does', () => {
		expect(read('2025-11-01', '被告于2022年5月至2023年1月期间多次作案。')).toEqual([
			'2022年5月至2023年1月期间=2022-05..2023-01'
		]);
	});
	it('首N个月 after a year (本年首8个月, 今年首5个月) is the year’s first months', () => {
		expect(read('2025-11-01', '本年首8个月共录得30宗个案。')).toEqual(['本年首8个月=2025-01..2025-08']);
		expect(read('2025-11-01', '今年首5个月出口回升。')).toEqual(['今年首5个月=2025-01..2025-05']);
	});
	it('a festival’s long weekend (连假) with its days in brackets is one event, as 假期 is', () => {
		expect(read('2025-05-20', '端午連假（5月31日至6月2日）期間，景区延长开放。')).toEqual([
			'端午連假（5月31日至6月2日）=2025-05-31..2025-06-02'
		]);
	});
});

describe('the fourteenth round: an exam named by the year of admission', () => {
	it('a year before 考研, 研考 or 研究生招生 names the intake (its exam is the December before), no time', () => {
		expect(read('2026-10-09', '2028年考研报名人数或将回升，初试定于12月19日。')).toEqual([
			'12月19日=2026-12-19'
		]);
		expect(read('2026-10-09', '2027年硕士研究生招生考试下月报名。')).toEqual(['下月=2026-11']);
		// The college entrance exam is taken in the year it is named by.
		expect(read('2026-05-09', '2026年高考将于6月7日开考。')).toEqual(['2026年=2026', '6月7日=2026-06-07']);
	});
});

describe('a fiscal year the brackets say is the calendar year', () => {
	it('2024财年（即2024自然年）is the twelve months of 2024, the bracket no event of its own', () => {
		expect(read('2025-03-10', '集团2024财年（即2024自然年）净利润增长两成。')).toEqual([
			'2024财年=2024-01..2024-12'
		]);
		expect(read('2025-03-10', '集团2024财年(2024日历年)营收创新高。')).toEqual(['2024财年=2024-01..2024-12']);
		// Without the brackets no month is known: 财年 stays the year it names.
		expect(read('2025-03-10', '集团上调2025财年盈利预期。')).toEqual(['2025财年=2025']);
	});
});

describe('a range of weekdays', () => {
	it('下周二至周四 is one range in the week the first names; its days restated in brackets are the same range', () => {
		expect(read('2026-03-06', '地铁3号线下周二至周四（10日至12日）夜间停运检修。')).toEqual([
			'下周二至周四（10日至12日）=2026-03-10..2026-03-12'
		]);
		expect(read('2026-03-06', '气象台预计，下星期一至星期三有持续降雨。')).toEqual([
			'下星期一至星期三=2026-03-09..2026-03-11'
		]);
		expect(read('2026-03-06', '图书馆每周一至周五开放。')).toEqual([]);
	});
});

describe('the fourteenth round: listings with slashes, dots and short weekdays', () => {
	it('a weekday of one character in brackets (（六）) restates its date, as （星期六） does', () => {
		expect(read('2025-03-03', '開幕式訂於3月8日（六）上午舉行。')).toEqual(['3月8日（六）=2025-03-08']);
		expect(read('2025-03-03', '講座3/15(六)下午登場。')).toEqual(['3/15(六)=2025-03-15']);
	});
	it('slash dates joined by 至 are one range, each with its weekday', () => {
		expect(read('2025-03-03', '市集3/8（六）至3/16（日）每天開放。')).toEqual([
			'3/8（六）至3/16（日）=2025-03-08..2025-03-16'
		]);
		expect(read('2025-03-03', '書展4/2-4/6在華山舉行。')).toEqual(['4/2-4/6=2025-04-02..2025-04-06']);
	});
	it('a range restated by two weekdays in brackets (（星期六、星期日）) is one event', () => {
		expect(read('2025-09-01', '考试于2025年12月6日至7日（星期六、星期日）举行。')).toEqual([
			'2025年12月6日至7日（星期六、星期日）=2025-12-06..2025-12-07'
		]);
	});
	it('dotted dates of the Republic (114.10.11) in a Traditional text, alone and as a range', () => {
		expect(read('2025-09-01', '展期自114.10.11至115.1.4，免費參觀。')).toEqual([
			'自114.10.11至115.1.4=2025-10-11..2026-01-04'
		]);
		expect(read('2025-09-01', '報名截止日為114.9.30。')).toEqual(['114.9.30=2025-09-30']);
		// A Simplified text counts no years of the Republic: a version number.
		expect(read('2025-09-01', '固件升级到114.10.11版本。')).toEqual([]);
	});
});

describe('the fourteenth round: a day alone after today', () => {
	it('a day without a month after 今天 in its sentence is in publication’s month, not the month stated before', () => {
		expect(
			read(
				'2025-09-24',
				'初试定于2025年12月20日。',
				'正式报名时间为10月15日至28日。预报名今天开始，至27日结束。'
			)
		).toEqual([
			'2025年12月20日=2025-12-20',
			'10月15日至28日=2025-10-15..2025-10-28',
			'今天=2025-09-24',
			'27日=2025-09-27'
		]);
	});
});

describe('figures for a period, published ahead', () => {
	it('a period before 数据 (1—10月经济数据, 10月份…数据) is the period measured, over by publication, not one ahead', () => {
		expect(read('2025-11-14', '市统计局将于下月中旬发布1—10月经济数据。')).toEqual([
			'下月中旬=2025-12-11..2025-12-20',
			'1—10月=2025-01..2025-10'
		]);
		expect(read('2025-11-14', '海关将公布10月份进出口统计数据。')).toEqual(['10月份=2025-10']);
		expect(read('2025-11-14', '商场将于12月至明年2月举办冬季促销。')).toEqual([
			'12月至明年2月=2025-12..2026-02'
		]);
	});
});

describe('dates during an event the text announced', () => {
	it('a date told of 展览期间 (during the exhibition) falls in the exhibition’s period, not the year of an aside before', () => {
		expect(
			read(
				'2025-11-20',
				'博物馆将于2026年1月10日至4月26日举办漆器特展。',
				'展品中有一只漆盒，由藏家在2018年捐赠。',
				'展览期间，3月2日至4日闭馆维护。'
			)
		).toEqual([
			'2026年1月10日至4月26日=2026-01-10..2026-04-26',
			'2018年=2018',
			'3月2日至4日=2026-03-02..2026-03-04'
		]);
		// Without the words of the event the story's year stands.
		expect(
			read(
				'2025-11-20',
				'博物馆将于2026年1月10日至4月26日举办漆器特展。',
				'漆盒由藏家在2018年捐赠，3月2日入库。'
			)
		).toEqual(['2026年1月10日至4月26日=2026-01-10..2026-04-26', '2018年=2018', '3月2日=2018-03-02']);
	});
});

describe('the years of Japanese rule', () => {
	it('日治時期 in Taiwan is 1895 to 1945; in a text of Hong Kong, 1941 to 1945', () => {
		expect(read('2025-06-01', '這座宿舍建於日治時期，戰後由台鐵接管。')).toEqual(['日治時期=1895..1945']);
		expect(read('2025-06-01', '香港日佔時期，這座教堂曾被徵用。')).toEqual(['日佔時期=1941..1945']);
		expect(read('2025-06-01', '新加坡日佔時期的檔案首度公開。')).toEqual([]);
		// In Simplified characters it may be another place's (Qingdao, Dalian), of other years.
		expect(read('2025-06-01', '老街的洋楼多建于日据时期。')).toEqual([]);
	});
});

describe('a year of the Republic before 十大', () => {
	it('113年十大新聞 is the year 2024, as 2024年十大新闻 is; 113年 before other words stays a count', () => {
		expect(read('2024-12-28', '縣府票選113年十大新聞，輕軌通車居首。')).toEqual(['113年=2024']);
		expect(read('2024-12-28', '縣府票選2024年十大新聞。')).toEqual(['2024年=2024']);
		expect(read('2024-12-28', '這家經營113年的老店，見證了小鎮的十大變遷。')).toEqual([]);
	});
});

describe('the fourteenth round: 国庆 before the words of its holiday', () => {
	it('国庆连假, 国庆假期 with their days in brackets are one event, as 中秋連假 is', () => {
		expect(read('2025-09-20', '國慶連假（10月10日至12日）期間，古蹟延長開放。')).toEqual([
			'國慶連假（10月10日至12日）=2025-10-10..2025-10-12'
		]);
		expect(read('2025-09-20', '国庆假期（10月1日至8日）高速免费。')).toEqual([
			'国庆假期（10月1日至8日）=2025-10-01..2025-10-08'
		]);
	});
});

describe('the fourteenth round: a school year named by two years', () => {
	it('2023/24學年, 2024—2025学年 run from September to August; 114學年度 (one year of the Republic) stays a name', () => {
		expect(read('2025-11-28', '該校於2022/23學年開辦夜校課程。')).toEqual(['2022/23學年=2022-09..2023-08']);
		expect(read('2025-11-28', '2024—2025学年第二学期，学生人数回升。')).toEqual([
			'2024—2025学年=2024-09..2025-08'
		]);
		expect(read('2025-11-28', '114學年度行事曆已公布。')).toEqual([]);
	});
});

describe('the fourteenth round: a day word restated by its day', () => {
	it('昨日（27日） counts from publication, not from the month the sentence stated before', () => {
		expect(read('2025-11-28', '2024年8月，工程停工；工程昨日（27日）復工。')).toEqual([
			'2024年8月=2024-08',
			'昨日（27日）=2025-11-27'
		]);
	});
});

describe('the fifteenth round (a notice, Taiwanese local news, interim results)', () => {
	it('the number after a document’s year in brackets is no day (〔2021〕3号)', () => {
		expect(read('2025-06-01', '2023年5月10日发布的《细则》（沪府规〔2023〕7号）同时废止。')).toEqual([
			'2023年5月10日=2023-05-10'
		]);
	});
	it('年初至今 before a figure so far is the year to date, no event', () => {
		expect(read('2025-09-01', '年初至今，该指数累计下跌约12%。')).toEqual([]);
	});
	it('a year of the Republic before its start or end (116年初, 114年末), as before 115年底', () => {
		expect(read('2025-09-01', '新館預計116年初開放，舊館114年末關閉。')).toEqual([
			'116年初=2027-01..2027-03',
			'114年末=2025-11..2025-12'
		]);
	});
	it('two decades sharing one 年代 (五六十年代, 民國五、六十年代) run from the first to the end of the last', () => {
		expect(
			read(
				'2025-09-01',
				'老街留有不少五六十年代的騎樓，館內展出民國五、六十年代的照片，以及上世纪七、八十年代的广告。'
			)
		).toEqual(['五六十年代=1950..1969', '民國五、六十年代=1961..1980', '上世纪七、八十年代=1970..1989']);
	});
	it('a year’s 半年度 (a half-year report) is its first half', () => {
		expect(read('2025-08-30', '该行昨天披露2024年半年度报告，并公布2025年半年度分红方案。')).toEqual([
			'昨天=2025-08-29',
			'2024年半年度=2024-01..2024-06',
			'2025年半年度=2025-01..2025-06'
		]);
	});
	it('an open range from this year (自今年1月1日起) gives its sentence this year, after a year stated before it', () => {
		expect(read('2025-08-29', '新规于2024年10月发布，自今年3月1日起实施，上半年共受理申请2万件。')).toEqual([
			'2024年10月=2024-10',
			'自今年3月1日起=2025-03-01..open',
			'上半年=2025-01..2025-06'
		]);
	});
	it('a close written 至…止 after something begun yesterday lies ahead; 截至…止 (a count up to then) does not', () => {
		expect(read('2025-04-10', '書展昨（9）日開幕，展期至5月20日止。')).toEqual([
			'昨（9）日=2025-04-09',
			'5月20日=2025-05-20'
		]);
		expect(read('2025-09-16', '衛生局昨日公布，截至8月底止，共接種3萬劑。')).toEqual([
			'昨日=2025-09-15',
			'8月底=2025-08-21..2025-08-31'
		]);
	});
	it('报告期内 is the part of a year the report named before it covers, and no time when none was named', () => {
		expect(read('2025-10-30', '该公司昨日发布2025年第三季度报告。报告期内，公司净利润增长9%。')).toEqual([
			'昨日=2025-10-29',
			'2025年第三季度=2025-07..2025-09',
			'报告期内=2025-07..2025-09'
		]);
		expect(read('2025-10-30', '报告期内，公司净利润增长9%。')).toEqual([]);
	});
});

describe('the sixteenth round (Chinese): a league schedule, a health-insurance change, a museum’s anniversary', () => {
	it('a year in a clause that describes a thing (2013年啟用的舊館) moves no year of the story after it', () => {
		expect(
			read(
				'2025-05-20',
				'今年3月1日舉辦年會；民國102年啟用的舊館則另作他用。',
				'6月1日前報名者，可獲贈紀念品。'
			)
		).toEqual(['今年3月1日=2025-03-01', '民國102年=2013', '6月1日=2025-06-01']);
		// A year that opens a clause of its own still moves the story.
		expect(read('2025-02-01', '2016年，旧馆启用。', '10月9日，新馆奠基。')).toEqual([
			'2016年=2016',
			'10月9日=2016-10-09'
		]);
	});
	it('a headline’s month takes the year of a day of that month the story states', () => {
		const data = extractArticle('健保新制7月上路\n衛福部今日公告，新制自今年7月1日起實施。', {
			published: '2025-05-20'
		});
		expect(data.events.map((e) => `${e.quote}=${e.start}${e.end ? `..${e.end}` : ''}`)).toEqual([
			'7月=2025-07',
			'今日=2025-05-20',
			'自今年7月1日起=2025-07-01..open'
		]);
	});
	it('a handover’s anniversary named with its place is its day (澳門回歸紀念日, 香港回歸紀念日)', () => {
		expect(read('2025-11-15', '博物館將於澳門回歸紀念日（十二月二十日）當天免費開放。')).toEqual([
			'澳門回歸紀念日（十二月二十日）當天=2025-12-20'
		]);
		expect(read('2025-06-20', '香港回歸紀念日當日，維港將有煙花匯演。')).toEqual([
			'香港回歸紀念日當日=2025-07-01'
		]);
	});
	it('上赛季 of a player’s former club is that club’s season, of a league whose calendar the story does not give: no time', () => {
		expect(read('2026-02-24', '新援席尔瓦此前效力于葡超球队，上赛季打进14球。')).toEqual([]);
		expect(read('2026-02-24', '他上一站效力日职球队，上赛季出场30次。')).toEqual([]);
		// Without a former club, 上赛季 is the season before the one under way.
		expect(read('2025-11-08', '上赛季球队获得联赛亚军，本赛季目标是夺冠。')).toContain('上赛季=2024..2025');
	});
});

describe('the seventeenth round (Chinese): a board’s notice, a career profile, a land auction', () => {
	it('dates of the Republic with slashes (114/12/11) in a Traditional text, alone and as a range', () => {
		expect(read('2025-06-02', '除權交易日訂為114/7/3，發放日為114/08/01。')).toEqual([
			'114/7/3=2025-07-03',
			'114/08/01=2025-08-01'
		]);
		expect(read('2025-06-02', '停止過戶期間自114/07/05至114/07/09止。')).toEqual([
			'自114/07/05至114/07/09止=2025-07-05..2025-07-09'
		]);
		expect(read('2025-06-02', '債券停止轉換期間為114/6/20~114/7/9。')).toEqual([
			'114/6/20~114/7/9=2025-06-20..2025-07-09'
		]);
		// A Simplified text counts no years of the Republic; nor is a fraction or a score a date.
		expect(read('2025-06-02', '编号为114/12/11的文件。')).toEqual([]);
	});
	it('a three-digit year of the Republic before a quarter (116年第二季), as before 上半年', () => {
		expect(read('2025-06-02', '新廠預計116年第二季投產。')).toEqual(['116年第二季=2027-04..2027-06']);
		expect(read('2025-06-02', '工程預計115年第四季度完工。')).toEqual(['115年第四季度=2026-10..2026-12']);
	});
	it('a bare three-digit year after one of the Republic in its sentence is of the Republic too', () => {
		expect(read('2025-06-02', '該校創立於民國65年，民國89年改制，103年升格為大學。')).toEqual([
			'民國65年=1976',
			'民國89年=2000',
			'103年=2014'
		]);
		// Without a year of the Republic before it, 110年 may be a count (110年歷史) and is left.
		expect(read('2025-06-02', '這座廟已有110年歷史。')).toEqual([]);
	});
	it('a period a figure has surpassed (超越去年全年) is a baseline, as after 超过', () => {
		expect(read('2025-11-20', '前三季獲利已超越去年全年，創同期新高。')).toEqual(['前三季=2025-01..2025-09']);
	});
	it('a date after 直至 followed by the verb of what ended then (退休, 关闭) is a time of its own: 次年 counts from it', () => {
		expect(read('2025-06-02', '他1990年起在厂里任技术员，直至2015年退休。次年，他被返聘为顾问。')).toEqual([
			'1990年=1990',
			'2015年=2015',
			'次年=2016'
		]);
		expect(read('2025-06-02', '剧院1950年开业，直到1998年关闭。次年，原址改建为商场。')).toEqual([
			'1950年=1950',
			'1998年=1998',
			'次年=1999'
		]);
	});
});

describe('the seventeenth round (Chinese): a weekday that names the year', () => {
	it('a day with its weekday in brackets is in the year near publication where the weekday fits, not a year stated before', () => {
		expect(read('2025-03-03', '2019年，书店在老街开业。', '新书签售会3月8日（六）举行。')).toEqual([
			'2019年=2019',
			'3月8日（六）=2025-03-08'
		]);
		// Where the weekday fits the year stated, that year stands.
		expect(read('2025-03-03', '2019年，书店于3月8日（星期五）开业。')).toEqual([
			'2019年=2019',
			'3月8日（星期五）=2019-03-08'
		]);
	});
});

describe('the seventeenth round (Chinese): the month after the one stated', () => {
	it('次月 and 翌月 are the month after the one the text stated before', () => {
		expect(read('2025-06-02', '他2003年11月调任副院长，次月兼任总工程师。')).toEqual([
			'2003年11月=2003-11',
			'次月=2003-12'
		]);
		expect(read('2025-06-02', '大橋於2019年5月通車，翌月即發現裂縫。')).toEqual([
			'2019年5月=2019-05',
			'翌月=2019-06'
		]);
	});
});

describe('the nineteenth round (Chinese): a press release, a trade fair, an obituary', () => {
	it('a press release without a date line counts from the day in its footer', () => {
		const data = extractArticle(
			[
				'署方公布泳灘水質',
				'署方今日公布泳灘水質評級，下月一日起增設兩個監測點。',
				'今年共有四個泳灘水質屬「差」級，比去年少兩個。',
				'市民可致電署方熱線查詢。',
				'完',
				'2025年7月4日（星期五）',
				'香港時間11時45分'
			].join('\n')
		);
		expect(data.article.published).toBe('2025-07-04');
		expect(data.events.map((e) => `${e.quote}=${e.start}`)).toEqual(
			expect.arrayContaining(['今日=2025-07-04', '下月一日=2025-08-01'])
		);
	});
	it('由 opens a range as 自 does, not the 由 of another word', () => {
		expect(read('2025-09-01', '申請期由今日起至十月三十一日止。')).toEqual([
			'由今日起至十月三十一日止=2025-09-01..2025-10-31'
		]);
		expect(read('2025-09-01', '展覽由9月5日至11月2日在中央圖書館舉行。')).toEqual([
			'由9月5日至11月2日=2025-09-05..2025-11-02'
		]);
		expect(read('2025-09-01', '他說明理由9月5日至11月2日的展期太短。')).toEqual([
			'9月5日至11月2日=2025-09-05..2025-11-02'
		]);
	});
	it('近 and a count after a verb of being in force is a length, not the years up to publication', () => {
		expect(read('2025-09-01', '條例實施近十五年，從未修訂。')).toEqual([]);
		expect(read('2025-09-01', '这条渡轮航线运营近二十年，客量稳定。')).toEqual([]);
		expect(read('2025-09-01', '近十年，學校擴建三次。')).toEqual(['近十年=2015..2025']);
	});
	it('a festival the day stated coincides with (適逢中秋) restates it: no event of its own', () => {
		expect(read('2025-09-01', '她生於1950年農曆5月5日，適逢端午，因此取名端陽。')).toEqual([
			'1950年農曆5月5日=1950-06-19'
		]);
		expect(read('2025-09-01', '新馆于2023年9月29日开放，恰逢中秋，游客众多。')).toEqual([
			'2023年9月29日=2023-09-29'
		]);
		expect(read('2025-09-01', '今年端午，龍舟賽照常舉行。')).toEqual(['今年端午=2025-05-31']);
	});
	it('a lunar day restated by a solar day puts it in a year the two agree in', () => {
		expect(read('2026-01-09', '去年10月，書會辦展。', '家屬將於農曆臘月初六（1月24日）發引火化。')).toEqual([
			'去年10月=2025-10',
			'農曆臘月初六（1月24日）=2026-01-24'
		]);
		expect(read('2025-06-01', '2019年，庙宇重修。', '绕境定于农历五月初五（5月31日）出发。')).toEqual([
			'2019年=2019',
			'农历五月初五（5月31日）=2025-05-31'
		]);
	});
	it('a bare day the text stated before is that day, not one in a year stated since', () => {
		expect(
			read(
				'2026-03-12',
				'報名期由今日起至五月八日止。',
				'新制度於二○二七年一月一日實施。',
				'市民可於五月八日或之前報名。'
			)
		).toEqual([
			'由今日起至五月八日止=2026-03-12..2026-05-08',
			'二○二七年一月一日=2027-01-01',
			'五月八日=2026-05-08'
		]);
		expect(
			read('2025-10-01', '展览将于11月2日闭幕。', '2019年，馆方曾办同名展。', '观众须在11月2日前预约。')
		).toEqual(['11月2日=2025-11-02', '2019年=2019', '11月2日=2025-11-02']);
	});
});

describe('the twentieth round (Chinese): an exchange announcement, a Singapore report, a solar-term feature', () => {
	it('a festival a day is (就是大年初一), or the lunar day a festival falls on, restates it: no event of its own', () => {
		expect(read('2025-12-04', '攤主說：「明年2月17日就是大年初一，生意最好。」')).toEqual([
			'明年2月17日=2026-02-17'
		]);
		expect(read('2025-12-19', '今年冬至適逢農曆十一月初二，湯圓店排長龍。')).toEqual(['今年冬至=2025-12-21']);
		expect(read('2024-06-01', '去年端午恰逢农历五月初五，龙舟赛如期举行。')).toEqual(['去年端午=2023-06-22']);
	});
	it('a festival without a year whose day the words after it give is what happens that day, no event of its own', () => {
		expect(read('2025-12-19', '冬至21日深夜交節，湯圓店延長營業。')).toEqual(['21日=2025-12-21']);
		expect(read('2025-12-19', '節氣中的「冬至」將於本週日（21日）到來。')).toEqual([
			'本週日（21日）=2025-12-21'
		]);
		expect(read('2025-10-05', '中秋节于明天迎来假期高峰。')).toEqual(['明天=2025-10-06']);
		expect(read('2025-12-19', '今年冬至21日交節。')).toEqual(['今年冬至=2025-12-21', '21日=2025-12-21']);
	});
	it('近 and a count of years a thing has (有近50年历史) is its age, not the years up to publication', () => {
		expect(read('2025-12-04', '有近50年历史的熟食中心将关闭翻新。')).toEqual([]);
		expect(read('2025-12-04', '這座廟宇已有近百年的歷史。')).toEqual([]);
		expect(read('2025-12-04', '近50年，城市人口翻了一番。')).toEqual(['近50年=1975..2025']);
	});
	it('a period closed by publication (截至…) gives no year to what its sentence plans ahead', () => {
		expect(read('2026-03-26', '本公司截至二零二五年十二月三十一日止年度之年報將於四月底前寄發。')).toEqual([
			'二零二五年十二月三十一日=2025-12-31',
			'四月底=2026-04-21..2026-04-30'
		]);
		expect(read('2026-03-26', '截至2025年12月31日，全年接待游客120万人次，其中4月最多。')).toEqual([
			'2025年12月31日=2025-12-31',
			'4月=2025-04'
		]);
	});
	it('what was put off until a month (延到1月中旬) comes after what its sentence stated', () => {
		expect(read('2025-12-19', '去年冬至前後遇上寒流，梅花延到1月中旬才盛開。')).toEqual([
			'去年冬至前後=2024-12-21',
			'1月中旬=2025-01-11..2025-01-20'
		]);
		expect(read('2026-05-01', '工程原定去年11月完工，后因暴雨推迟至3月。')).toEqual([
			'去年11月=2025-11',
			'3月=2026-03'
		]);
		expect(read('2026-05-01', '工程原定去年3月完工，后推迟至11月。')).toEqual([
			'去年3月=2025-03',
			'11月=2025-11'
		]);
	});
	it('a saying speaks of every year, and so do its gloss and the almanac’s record for a date without a year', () => {
		expect(
			read(
				'2025-12-19',
				'台灣俗諺說「冬至在月頭，欲寒在年兜」，意思是冬至若落在農曆月初，最冷的天氣要到年底才會出現。'
			)
		).toEqual([]);
		expect(read('2025-09-01', '老话说“八月十五云遮月，正月十五雪打灯”，今年中秋节天气晴好。')).toEqual([
			'今年中秋节=2025-10-06'
		]);
		expect(read('2025-12-19', '意思是今年冬至來得早。')).toEqual(['今年冬至=2025-12-21']);
		expect(read('2025-12-19', '農民曆也記載，冬至過後便進入數九寒天，算來要到明年3月11日才出九。')).toEqual([
			'明年3月11日=2026-03-11'
		]);
	});
	it('a day counted from another keeps the day its bracket writes out, after 即 too', () => {
		expect(
			read(
				'2026-03-20',
				'股份將於二零二六年五月十一日（星期一）除息買賣，文件須於翌日（即五月十二日）前送達。'
			)
		).toEqual(['二零二六年五月十一日（星期一）=2026-05-11', '翌日（即五月十二日）=2026-05-12']);
		expect(read('2025-12-19', '祭祖在冬至，有人前一晚（20日）就先搓湯圓。')).toEqual([
			'冬至=2025-12-21',
			'前一晚（20日）=2025-12-20'
		]);
		expect(read('2025-10-01', '会议10月8日开幕，代表于次日（即9日）分组讨论。')).toEqual([
			'10月8日=2025-10-08',
			'次日（即9日）=2025-10-09'
		]);
	});
});

describe('round 22: a concert tour, a product recall, a Singapore transit report', () => {
	it('a headline’s day takes the year of the story’s days that begin on it', () => {
		const { events } = extractArticle(
			'话剧《海灯》4月9日首演\n本报讯 该剧将于4月9日、10日在大剧院连演两场。',
			{
				published: '2026-01-20'
			}
		);
		expect(events.map((e) => `${e.quote}=${e.start}${e.end ? `..${e.end}` : ''}`)).toEqual([
			'4月9日=2026-04-09',
			'4月9日、10日=2026-04-09..2026-04-10'
		]);
	});
	it('a credit of a picture the organiser gave (（剧团供图）) makes a caption', () => {
		const { paragraphs } = extractArticle('标题\n剧团今年巡演。\n2024年5月，剧团在海边演出。（剧团供图）');
		expect(paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'caption']);
	});
	it('two days joined by 和 with their weekdays are one event over both', () => {
		expect(read('2026-02-01', '展馆将于3月14日和15日（星期六和星期日）免费开放。')).toEqual([
			'3月14日和15日（星期六和星期日）=2026-03-14..2026-03-15'
		]);
	});
	it('weekdays listed as a service’s hours recur; one weekday alone there is a day', () => {
		expect(read('2026-02-01', '热线服务时间为周一至周五上午9时至下午5时。')).toEqual([]);
		expect(read('2026-02-04', '新馆开放时间为周一、周三及周五。')).toEqual([]);
		expect(read('2026-02-04', '新馆的开幕时间为周六。')).toEqual(['周六=2026-02-07']);
	});
	it('a date that opens its clause looks ahead when who comes after it will act then, not when someone said so', () => {
		expect(read('2026-01-20', '另据了解，6月1日儿童节当天，乐团将在广场加演一场。')).toEqual([
			'6月1日儿童节当天=2026-06-01'
		]);
		expect(read('2026-01-20', '12月5日，公司宣布将于春季扩产。')).toEqual(['12月5日=2025-12-05']);
	});
});

describe('round 23: a police report, a transfer story, a fossil discovery', () => {
	it('近 and a count after 此后 or 之后 is how long since what was just told, not the years up to publication', () => {
		expect(read('2025-12-03', '2020年11月，化石移交研究所。此后近五年里，团队持续研究。')).toEqual([
			'2020年11月=2020-11'
		]);
		expect(read('2025-12-03', '工厂2018年停产，之后近三年无人问津。')).toEqual(['2018年=2018']);
		expect(read('2025-12-03', '近五年里，团队持续研究。')).toEqual(['近五年=2020..2025']);
	});
});

describe('round 24: Macau anniversary events, a flower season, a property pre-sale', () => {
	it('two parts of a month joined (中下旬, 上中旬) are their days together', () => {
		expect(read('2026-02-10', '梅花预计2月中下旬盛开，3月上中旬凋谢。')).toEqual([
			'2月中下旬=2026-02-11..2026-02-28',
			'3月上中旬=2026-03-01..2026-03-20'
		]);
	});
	it('今年冬季 early in the year is the winter under way; late in the year, the one ahead', () => {
		expect(read('2026-02-05', '今年冬季气温偏高，梅花提早开放。')).toEqual(['今年冬季=2025-12..2026-02']);
		expect(read('2025-11-05', '今年冬季将比往年更冷。')).toEqual(['今年冬季=2025-12..2026-02']);
	});
	it('a long weekend named by its date, or a festival’s golden week, is one event with the days in brackets', () => {
		expect(read('2026-02-10', '高铁228連假（2月27日至3月1日）车票已售罄。')).toEqual([
			'228連假（2月27日至3月1日）=2026-02-27..2026-03-01'
		]);
		expect(read('2025-09-17', '景區國慶黃金週（10月1日至8日）延長開放。')).toEqual([
			'國慶黃金週（10月1日至8日）=2025-10-01..2025-10-08'
		]);
	});
	it('advice given now is for a time ahead, whatever year the text told of before; advice given before is not', () => {
		expect(read('2026-02-10', '农场1963年开始种植樱花。农场提醒，3月中旬起上山的游客应注意雷雨。')).toEqual([
			'1963年=1963',
			'3月中旬=2026-03-11..2026-03-20'
		]);
		expect(read('2024-09-18', '气象部门此前提醒，中秋节赏月宜在晚8时以后。')).toEqual(['中秋节=2024-09-17']);
	});
});

describe('round 25 (English): a planning decision, a theatre review, a product launch', () => {
	const en = (published: string, ...lines: string[]) =>
		extractArticle(['News', ...lines].join('\n'), { published }).events.map(
			(e) => `${e.quote}=${e.start}${e.end ? `..${e.end}` : ''}`
		);
	it('a scheduled verb right before a date makes it a plan told now, whatever the clause told of before', () => {
		expect(
			en(
				'2025-11-18',
				'First shown in 1961, the film returns in a new print that opened on Friday and runs until 4 January.'
			)
		).toEqual(['1961=1961', 'Friday=2025-11-14', '4 January=2026-01-04']);
		expect(en('2025-11-18', 'The museum is closed on Christmas Day.')).toEqual(['Christmas Day=2025-12-25']);
	});
	it('years counted after a winter count from the year the winter is named by', () => {
		expect(
			en('2025-11-18', 'She began the novel in the winter of 1968 and finished it three years later.')
		).toEqual(['winter of 1968=1968-12..1969-02', 'three years later=1971']);
	});
	it('a count of time after what was done reaches back before the plan', () => {
		expect(
			en('2025-11-12', 'The shop will open on Friday, two weeks after announcing the move in late October.')
		).toEqual(['Friday=2025-11-14', 'late October=2025-10-21..2025-10-31']);
	});
});

describe('round 28: a Hong Kong health release, a travel-rush report, an awards report', () => {
	it('a week restated by its days in brackets is those days', () => {
		expect(read('2025-12-03', '上星期（十一月二十三日至二十九日）的求診人次上升。')).toEqual([
			'上星期（十一月二十三日至二十九日）=2025-11-23..2025-11-29'
		]);
	});
	it('months when something usually happens (一般在, 通常在) are every year’s, no time', () => {
		expect(read('2025-12-03', '本港的流感季節一般在一月至三月出現。')).toEqual([]);
		expect(read('2025-12-03', '梅花通常在2月盛开，今年2月10日已满开。')).toEqual(['今年2月10日=2025-02-10']);
	});
	it('solar days restated by their lunar days in brackets are one event, the solar days', () => {
		expect(read('2026-01-20', '客流高峰预计出现在2月13日至15日（腊月廿六至廿八）。')).toEqual([
			'2月13日至15日（腊月廿六至廿八）=2026-02-13..2026-02-15'
		]);
	});
});

describe('round 26: a Malaysian court verdict, a hospital study, a harvest report', () => {
	it('a number of thousands after 万 or 亿 is a count, and a year before 版 or 款 names an edition', () => {
		expect(read('2025-11-26', '去年全国接获逾2万1000宗投报。')).toEqual(['去年=2024']);
		expect(read('2025-10-23', '协会发布2025版种植指南，厂商推出2026款新车。')).toEqual([]);
	});
	it('加上 before a month is plus, not the months before it', () => {
		expect(read('2025-10-23', '降雨增多，加上10月中旬气温偏高，病虫害有所抬头。')).toEqual([
			'10月中旬=2025-10-11..2025-10-20'
		]);
	});
	it('a weekend restated by its days in brackets is one event', () => {
		expect(read('2025-10-23', '果农趁下周末（11月1日至2日）天晴采摘。')).toEqual([
			'下周末（11月1日至2日）=2025-11-01..2025-11-02'
		]);
	});
	it('two years of the Republic joined, 民國 said once, are one span', () => {
		expect(read('2026-01-15', '研究分析民國102年至108年間的病歷。')).toEqual([
			'民國102年至108年間=2013..2019'
		]);
	});
	it('農曆 before 春節 is part of the festival’s name', () => {
		expect(read('2026-01-15', '醫院提醒，農曆春節連假（2月14日至22日）門診暫停。')).toEqual([
			'農曆春節連假（2月14日至22日）=2026-02-14..2026-02-22'
		]);
	});
	it('a year in which a record was set (超过2021年创下的) happened', () => {
		expect(read('2025-10-23', '产量有望超过2019年创下的纪录。')).toEqual(['2019年=2019']);
		expect(read('2025-10-23', '产量比2019年多出一成。')).toEqual([]);
	});
	it('recent years that only carry a trend put no time on the timeline; recent years alone stay a range', () => {
		expect(read('2025-11-26', '这类诈骗案近年有增无减。')).toEqual([]);
		expect(read('2025-11-26', '近年来河道淤积日益严重。')).toEqual([]);
		expect(read('2025-11-26', '近年，诈骗集团转往东南亚。')).toEqual(['近年=2022..2025']);
	});
});

describe('round 29: a typhoon day-off, an exam schedule, a film release', () => {
	it('a headline’s festival restated in the story moves to the story’s year, and its day with it', () => {
		const { events } = extractArticle(
			'《长河》大年初一上映\n本报讯 影片定档2026年2月17日（大年初一）全国上映。',
			{
				published: '2025-12-10'
			}
		);
		expect(events.map((e) => `${e.quote}=${e.start}`)).toEqual([
			'大年初一=2026-02-17',
			'2026年2月17日（大年初一）=2026-02-17'
		]);
	});
	it('what usually runs from one festival to another runs every year', () => {
		expect(read('2025-12-10', '春节档通常从除夕持续到正月初六。')).toEqual([]);
	});
	it('what one can or must do on a date (可于, 须于) is ahead, and so are the later clauses of its sentence', () => {
		expect(
			read('2026-03-05', '报名去年11月结束。考生可于5月25日至31日打印准考证，6月6日下午可到考点看考场。')
		).toEqual(['去年11月=2025-11', '5月25日至31日=2026-05-25..2026-05-31', '6月6日=2026-06-06']);
	});
	it('a count of years up to a first or a return (9年來再度) is no event, and still makes a month after it any year’s', () => {
		expect(read('2025-10-02', '這是2016年颱風之後，9年來再度有颱風在10月登陸。')).toEqual(['2016年=2016']);
		expect(read('2025-10-02', '近9年来，台风多在8月登陆。')).toEqual(['近9年来=2016..2025']);
	});
	it('明 alone before 停班, 停課 or 放假 is tomorrow', () => {
		expect(read('2025-10-02', '颱風逼近，市府明停班停課。')).toEqual(['明=2025-10-03']);
	});
});

describe('round 30: an auction, a restaurant opening, a university ranking', () => {
	it('a date, or dates joined, right before 将 is ahead', () => {
		expect(read('2025-11-26', '餐廳逢星期一休息；聖誕節及元旦將推出節日套餐。')).toEqual([
			'聖誕節=2025-12-25',
			'元旦=2026-01-01'
		]);
		expect(read('2026-01-20', '公司3月5日将召开股东大会。')).toEqual(['3月5日=2026-03-05']);
	});
	it('an edition of a ranking named by a year is a name, not a place in one', () => {
		expect(read('2025-06-20', 'QS于19日发布2026年世界大学排名，2027年排名将于明年夏季发布。')).toEqual([
			'19日=2025-06-19',
			'明年夏季=2026-06..2026-08'
		]);
		expect(read('2025-06-20', '该校2019年排名第三。')).toEqual(['2019年=2019']);
	});
});

describe('round 31: a Macau visitor statistics release, an election schedule, a marathon registration notice', () => {
	it('the first months of a year named before them may be counted in words (今年首十個月, 本年首两个月)', () => {
		expect(read('2025-11-20', '今年首十個月入境旅客累計3,288萬人次。')).toEqual([
			'今年首十個月=2025-01..2025-10'
		]);
		expect(read('2025-08-01', '本年首两个月营收下降，首三个月才回升。')).toEqual([
			'本年首两个月=2025-01..2025-02'
		]);
	});
});
