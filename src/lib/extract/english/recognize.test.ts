import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { detectLanguage } from '../language';
import { iso, place } from '../resolve';
import { recognizeEnglish } from './recognize';

/** Published on Thursday 13 November 2025. */
const published = { year: 2025, month: 11, day: 13 };

/** Each expression of `text` as `quote=start[..end]`, or `quote=undated`. */
function read(text: string, context = { published }) {
	return recognizeEnglish(text).map((mention) => {
		const placed = place(mention.value, mention.ahead ? { ...context, ahead: true } : context);
		const quote = text.slice(mention.from, mention.to);
		if (!placed) return `${quote}=undated`;
		const end =
			placed.end === undefined
				? ''
				: `..${placed.end === 'open' ? 'open' : iso(placed.end, placed.precision)}`;
		const approximate = placed.approximate || mention.approximate;
		return `${quote}=${iso(placed.start, placed.precision)}${end}${approximate ? '~' : ''}`;
	});
}

describe('English dates', () => {
	it('reads month names in the orders news writes them', () => {
		expect(read('It opened on November 19, 2014, on 19 Nov 2014 and in Nov. 2014.')).toEqual([
			'November 19, 2014=2014-11-19',
			'19 Nov 2014=2014-11-19',
			'Nov. 2014=2014-11'
		]);
		expect(read('It began in May; it may end in March of 2020 or on 11/19/2014.')).toEqual([
			'May=2025-05',
			'March of 2020=2020-03',
			'11/19/2014=2014-11-19'
		]);
	});

	it('resolves relative words against publication', () => {
		expect(read('Last year, next month, this week, yesterday and two years ago.')).toEqual([
			'Last year=2024',
			'next month=2025-12',
			'this week=2025-11-10..2025-11-16',
			'yesterday=2025-11-12',
			'two years ago=2023'
		]);
		expect(read('The plan was shown this spring and will be tested early next year.')).toEqual([
			'this spring=2025-03..2025-05~',
			'early next year=2026-01..2026-04~'
		]);
	});

	it('takes a weekday as the nearest one, after publication only when the sentence speaks of the future', () => {
		expect(read('The council met on Tuesday.')).toEqual(['Tuesday=2025-11-11']);
		expect(read('The council met on Friday.')).toEqual(['Friday=2025-11-07']);
		expect(read('The council will meet on Friday.')).toEqual(['Friday=2025-11-14']);
		expect(read('Crowds came over the weekend.')).toEqual(['weekend=2025-11-08..2025-11-09']);
	});

	it('never resolves against today: without a publication date, relative words stay undated', () => {
		expect(read('Last year and on Tuesday.', {} as { published: typeof published })).toEqual([
			'Last year=undated',
			'Tuesday=undated'
		]);
	});

	it('joins ranges, open ranges and hedges', () => {
		expect(read('From November 20 to 22, from 2019 to 2021, between 2021 and 2022, 2019-21.')).toEqual([
			'From November 20 to 22=2025-11-20..2025-11-22',
			'from 2019 to 2021=2019..2021',
			'between 2021 and 2022=2021..2022',
			'2019-21=2019..2021'
		]);
		expect(read('Since 2014, from 2016 onwards, around 2000 and 1990 or so.')).toEqual([
			'Since 2014=2014..open',
			'from 2016 onwards=2016..open',
			'around 2000=2000~',
			'1990 or so=1990~'
		]);
		expect(read('From May to July 2020.')).toEqual(['From May to July 2020=2020-05..2020-07']);
	});

	it('reads decades, centuries, seasons and parts of years', () => {
		expect(read('In the 1990s, the early 2010s, the 19th century and the twentieth century.')).toEqual([
			'1990s=1990..1999',
			'early 2010s=2010..2012~',
			'19th century=1800..1899',
			'twentieth century=1900..1999'
		]);
		expect(read('In the autumn of 2025, the first half of 2020, Q3 2024 and the end of last year.')).toEqual([
			'autumn of 2025=2025-09..2025-11~',
			'first half of 2020=2020-01..2020-06',
			'Q3 2024=2024-07..2024-09',
			'end of last year=2024-11..2024-12~'
		]);
	});

	it('keeps counts, baselines and vague words out of the dates', () => {
		expect(read('1,000 guests, 5G masts, 100 percent, 2000 guests and $2015 in fees.')).toEqual([]);
		expect(read('In 2000 guests came; the 2024 Olympics.')).toEqual(['2000=2000', '2024=2024']);
		expect(
			read('Sales rose 15 percent on last year and 3 percent compared with the same quarter of 2023.')
		).toEqual(['last year=undated', '2023=undated']);
		expect(read('Recently, and in recent years.')).toEqual(['Recently=undated', 'recent years=2022..2025~']);
	});

	it('counts from the year stated before, within the paragraph', () => {
		const data = extractArticle(
			'Title line\nThe plant opened in 1998. It closed two years later and reopened the following year.\nThe council meets on November 27.',
			{ published: '2025-11-13' }
		);
		expect(data.events.map((event) => `${event.quote}=${event.start}`)).toEqual([
			'1998=1998',
			'two years later=2000',
			'following year=2001',
			'November 27=2025-11-27'
		]);
	});
});

/** `quote=start[..end]` of every event of an English article of a title and `lines`. */
function events(published: string, ...lines: string[]) {
	return extractArticle(['Title line', ...lines].join('\n'), { published }).events.map(
		(e) => `${e.quote}=${e.start}${e.end ? `..${e.end}` : ''}`
	);
}

/** The classes the held-out English fixtures (a lunar landing's chronology, an election calendar) found. */
describe('English news as the held-out fixtures write it', () => {
	it('a dateline with a day is when the story was filed, not an event', () => {
		expect(
			events(
				'2025-07-02',
				'DUBLIN, July 1 — The port reopened on Monday after a storm that had closed it for three days, officials said.'
			)
		).toEqual(['Monday=2025-06-30']);
	});
	it('the future is told by the clause, and a plan told in the past does not look ahead', () => {
		expect(read('The board will meet on Friday, the chair said on Tuesday.')).toEqual([
			'Friday=2025-11-14',
			'Tuesday=2025-11-11'
		]);
		expect(read('On Friday, the board will meet.')).toEqual(['Friday=2025-11-14']);
		expect(read('The vote was scheduled for Friday but was put off.')).toEqual(['Friday=2025-11-07']);
	});
	it('a date without a year is in the year of publication, unless its clause is in the past', () => {
		expect(events('2025-02-14', 'Entries open on March 24 and close on April 30.')).toEqual([
			'March 24=2025-03-24',
			'April 30=2025-04-30'
		]);
		expect(events('2025-02-14', 'The mill closed on December 2 after a fire.')).toEqual([
			'December 2=2024-12-02'
		]);
	});
	it('a span of years names no year for a date after it in the sentence', () => {
		expect(events('2025-11-13', 'A teacher in the early 2000s, she was elected mayor on 3 March.')).toEqual([
			'early 2000s=2000..2002',
			'3 March=2025-03-03'
		]);
	});
	it('the following week and the previous week count from the last day stated', () => {
		expect(events('2025-11-13', 'The bridge shut on 4 June. Repairs began the following week.')).toEqual([
			'4 June=2025-06-04',
			'following week=2025-06-09..2025-06-15'
		]);
	});
	it('last and next season: the latest one ended before publication, the first one begun after it', () => {
		expect(events('2025-04-10', 'The book came out last spring and a sequel is due next spring.')).toEqual([
			'last spring=2024-03..2024-05',
			'next spring=2026-03..2026-05'
		]);
		expect(events('2025-10-20', 'The book came out last spring; the film follows next winter.')).toEqual([
			'last spring=2025-03..2025-05',
			'next winter=2025-12..2026-02'
		]);
	});
	it('a full month name takes no full stop, and a stretch of something is no span of time', () => {
		// Written in November, results due by the end of May are next May's.
		expect(events('2025-11-13', 'Results are due by the end of May.')).toEqual([
			'end of May=2026-05-21..2026-05-31'
		]);
		expect(read('Turnout rose in the last two weeks of the campaign.')).toEqual([]);
	});
	it('a quarter without a year beside a company’s figures, and a half of the year the text is about', () => {
		expect(events('2026-02-10', 'The brewer said sales fell 4 percent in the third quarter.')).toEqual([
			'third quarter=2025-07..2025-09'
		]);
		expect(events('2026-02-10', 'In 2024, sales fell 4 percent in the fourth quarter.')).toEqual([
			'2024=2024',
			'fourth quarter=2024-10..2024-12'
		]);
		expect(
			events('2026-02-10', 'In 2025 the port handled more ships in the second half of the year.')
		).toEqual(['2025=2025', 'second half of the year=2025-07..2025-12']);
	});
	it('baselines: a rise since a month, an average over years, a period taken as a baseline, a fiscal year’s end', () => {
		expect(events('2025-11-20', 'Shares have risen 61 percent since January.')).toEqual([]);
		expect(events('2026-01-23', 'It was colder than the average for 1991 to 2020.')).toEqual([]);
		expect(events('2025-10-16', 'They treated the 1950s as a quiet baseline.')).toEqual([]);
		expect(events('2025-11-20', 'The company, whose fiscal year ends on January 31, grew.')).toEqual([]);
	});
	it('could and would report what is ahead, and a range of weekdays ahead ends ahead too', () => {
		expect(events('2026-01-23', 'Snow could fall from Saturday to Monday.')).toEqual([
			'from Saturday to Monday=2026-01-24..2026-01-26'
		]);
		expect(events('2026-01-23', 'The council said crews would work on Sunday.')).toEqual([
			'Sunday=2026-01-25'
		]);
		expect(events('2026-01-23', 'The match would have ended on Sunday.')).toEqual(['Sunday=2026-01-18']);
	});
	it('and before a verb of another tense starts a clause of its own; a month only guessed gives way to one ahead', () => {
		expect(
			events('2025-11-20', 'Shipments began in September and would double by the end of January.')
		).toEqual(['September=2025-09', 'end of January=2026-01-21..2026-01-31']);
	});
	it('a clock time’s abbreviation ends no sentence', () => {
		expect(events('2026-01-23', 'Trucks will work from 6 p.m. on Saturday.')).toEqual([
			'Saturday=2026-01-24'
		]);
	});
	it('the following day and a week later count from the last day stated', () => {
		expect(
			events(
				'2025-06-02',
				'The ferry broke down on May 3; a week later it sailed again, and two days later it was sold.'
			)
		).toEqual(['May 3=2025-05-03', 'a week later=2025-05-10', 'two days later=2025-05-12']);
		expect(events('2025-06-02', 'Voting closes on June 9 and results follow the next day.')).toEqual([
			'June 9=2025-06-09',
			'next day=2025-06-10'
		]);
	});
	it('a plan told now is not in a past year its sentence stated; one reported from that year is', () => {
		expect(
			events('2025-03-14', 'The mill shut in 2011, and the site will reopen as a market in June.')
		).toEqual(['2011=2011', 'June=2025-06']);
		expect(events('2025-03-14', 'In 2011 the owners said the site would reopen in June.')).toEqual([
			'2011=2011',
			'June=2011-06'
		]);
	});
	it('a season named by its years takes the word with them', () => {
		expect(
			events('2025-05-19', 'Rovers won the cup in the 2009-10 season and the league in the 2012 season.')
		).toEqual(['2009-10 season=2009..2010', '2012 season=2012']);
	});
	it('but a quarter or a half of a game is no time of the year', () => {
		expect(events('2026-02-10', 'The Hawks trailed by ten points in the fourth quarter.')).toEqual([]);
		expect(events('2026-02-10', 'Both goals came in the first half.')).toEqual([]);
	});
});

describe('language', () => {
	it('tells English from Chinese, and Traditional from Simplified', () => {
		expect(detectLanguage('The council voted on Tuesday to approve a tram line.')).toBe('en');
		expect(detectLanguage('2015年，習近平主席在第二屆世界網際網路大會上提出理念。')).toBe('zh-Hant');
		expect(detectLanguage('2015年，习近平主席在第二届世界互联网大会上提出理念。')).toBe('zh-Hans');
		expect(detectLanguage('新华社北京电 (Xinhua) 国务院新闻办公室今天发布白皮书。')).toBe('zh-Hans');
	});
});

describe('English classes of the sixth round', () => {
	it('a plan as a thing (approved a plan on Tuesday) does not make its clause look ahead', () => {
		expect(
			events('2025-11-12', 'The council on Tuesday approved a £40 million plan to rebuild the hall.')
		).toEqual(['Tuesday=2025-11-11']);
		expect(events('2025-11-12', 'The council plans to vote on Tuesday.')).toEqual(['Tuesday=2025-11-18']);
	});
	it('a span of years reaches no further than its clause, and the story moves past a year stated before it', () => {
		expect(
			events(
				'2025-11-12',
				'The pier was rebuilt in 2004. Visits peaked in the 2010s, according to a survey published in October.'
			)
		).toEqual(['2004=2004', '2010s=2010..2019', 'October=2025-10']);
	});
	it('last and next season are sports seasons across the new year, their months in the season’s years', () => {
		expect(
			events('2026-03-30', 'Last season the club was bottom in April. Next season starts on September 5.')
		).toEqual([
			'Last season=2024..2025',
			'April=2025-04',
			'Next season=2026..2027',
			'September 5=2026-09-05'
		]);
		expect(events('2025-10-02', 'Last season they won the cup.')).toEqual(['Last season=2024..2025']);
	});
	it('a month guessed from publication is guessed afresh in a clause told in the past', () => {
		expect(
			events(
				'2026-03-30',
				'The run lasted from November 2 to December 6, and they lost twice between January and March.'
			)
		).toEqual([
			'from November 2 to December 6=2025-11-02..2025-12-06',
			'between January and March=2026-01..2026-03'
		]);
	});
	it('a year in a relative clause set off by commas is not the main clause’s', () => {
		expect(
			events('2026-03-30', 'Ross Delaney, who joined the club in 2019, played his 500th game on February 21.')
		).toEqual(['2019=2019', 'February 21=2026-02-21']);
	});
});

describe('English classes of the seventh round', () => {
	it('the end or the beginning of a decade is its late or early years', () => {
		expect(
			read('Vinyl came back at the end of the 2000s, after CDs peaked at the beginning of the 1990s.')
		).toEqual(['end of the 2000s=2007..2009~', 'beginning of the 1990s=1990..1992~']);
	});
	it('every Monday is a habit, and the next years of a story told in the past are not after publication', () => {
		expect(
			events('2025-11-13', 'In 1990 she took over the ferry and crossed every Friday for the next 20 years.')
		).toEqual(['1990=1990']);
		expect(events('2025-11-13', 'Fares will be frozen for the next two years.')).toEqual([
			'next two years=2025..2027'
		]);
	});
	it('the end of the year without a number is this year’s', () => {
		expect(events('2025-06-10', 'A decision on the 2030 bid is due by the end of the year.')).toEqual([
			'2030=2030',
			'end of the year=2025-11..2025-12'
		]);
	});
	it('a season after in the, without a year, is one of the year the text is in', () => {
		expect(
			events(
				'2025-11-13',
				'The ferry lost two crossings in the summer, and the café closed during the spring of 2019.'
			)
		).toEqual(['summer=2025-06..2025-08', 'spring of 2019=2019-03..2019-05']);
	});
});

/** The eighth round's classes (a library's reopening), on sentences of our own. */
describe('English news of the eighth round', () => {
	it('a fiscal year the text states places its quarters, and the fiscal years it names', () => {
		expect(
			events(
				'2025-12-04',
				'The retailer, whose fiscal year ends on February 28, said sales rose in its fiscal third quarter and would slow in the fourth quarter.',
				'It expects fiscal 2026 to end with record sales.'
			)
		).toEqual([
			'fiscal third quarter=2025-09..2025-11',
			'fourth quarter=2025-12..2026-02',
			'fiscal 2026=2025-03..2026-02'
		]);
	});
	it('a league that names its seasons by one year plays them within the year', () => {
		expect(
			events(
				'2025-10-20',
				'The club finished fourth in the 2025 season. Last season it lost the final in May.'
			)
		).toEqual(['2025 season=2025', 'Last season=2024', 'May=2024-05']);
	});
	it('an event told in the present tense is ahead, whatever past year its sentence stated', () => {
		expect(
			events('2025-09-17', 'The pool reopens on Saturday, two years after a fire closed it in March 2023.')
		).toEqual(['Saturday=2025-09-20', 'March 2023=2023-03']);
		expect(
			events(
				'2025-09-17',
				'The survey, first made in 2021, ends a week before the council votes on October 8.'
			)
		).toEqual(['2021=2021', 'October 8=2025-10-08']);
		// A clause of no verb goes on in the tense of the one before it.
		expect(
			events(
				'2025-09-17',
				'The report follows a flood measured in March 2024, and comes a week before the summit opens in Accra, Ghana, on October 2.'
			)
		).toEqual(['March 2024=2024-03', 'October 2=2025-10-02']);
	});
	it('the end of the year in a clause told of a year stated before is that year’s', () => {
		expect(
			events(
				'2025-09-17',
				'Work started in the spring of 2022 and was meant to finish by the end of the year.'
			)
		).toEqual(['spring of 2022=2022-03..2022-05', 'end of the year=2022-11..2022-12']);
	});
	it('From a date that opens a sentence, with no end, is an open range', () => {
		expect(events('2025-09-17', 'From November 3 the museum will open on Mondays.')).toEqual([
			'From November 3=2025-11-03..open'
		]);
	});
	it('a month alone as the subject of a clause is a month, not after a capitalized word', () => {
		expect(events('2026-02-20', 'Officials said February had been the wettest month on record.')).toEqual([
			'February=2026-02'
		]);
		expect(events('2026-02-20', 'Prime Minister Theresa May was in Brussels.')).toEqual([]);
	});
});

describe('English news of the ninth round', () => {
	it('a baseline after than in, and months a schedule moves between, are no events', () => {
		expect(read('About 900 people came, 40 more than in 2023, and fewer than during March.')).toEqual([
			'2023=undated',
			'March=undated'
		]);
		expect(read('The fair was switched from June to September in 2019.')).toEqual([
			'from June to September=undated',
			'2019=2019'
		]);
		// A range of months that is a time stays one.
		expect(read('The bridge was closed from June to September.')).toEqual([
			'from June to September=2025-06..2025-09'
		]);
	});
	it('mid-2024 with its hyphen, a fortnight, and a season counted from a year the text stated', () => {
		expect(read('The rules changed in mid-2024 and again in late-2025.')).toEqual([
			'mid-2024=2024-05..2024-08~',
			'late-2025=2025-09..2025-12~'
		]);
		expect(
			events('2026-05-11', 'She joined the club in 2019. A fortnight later she won her first race.')
		).toEqual(['2019=2019', 'A fortnight later=2019']);
		expect(
			events(
				'2026-05-11',
				'The pier was damaged in a storm on March 2, 2021, and two fortnights later it reopened.'
			)
		).toEqual(['March 2, 2021=2021-03-02', 'two fortnights later=2021-03-30']);
		expect(events('2026-05-11', 'The pier was damaged in 2014 and rebuilt the following spring.')).toEqual([
			'2014=2014',
			'following spring=2015-03..2015-05'
		]);
	});
	it('a day before would in a clause told in the past is past: the would tells of what was then ahead', () => {
		expect(read('"We only agreed on Monday that we would sell the farm," he said.')).toEqual([
			'Monday=2025-11-10'
		]);
		// A day after the would is what was ahead.
		expect(read('The council said the pool would reopen on Saturday.')).toEqual(['Saturday=2025-11-15']);
	});
	it('the previous (following) weekend is the one before (after) the day the text last stated', () => {
		expect(
			events(
				'2026-05-11',
				'She won the race on Sunday, the first local winner since Joan Dunn in 2013.',
				'She had been ill the previous weekend, and rested the following weekend.'
			)
		).toEqual([
			'Sunday=2026-05-10',
			'2013=2013',
			'previous weekend=2026-05-02..2026-05-03',
			'following weekend=2026-05-16..2026-05-17'
		]);
	});
});

describe('the tenth round', () => {
	it('the day a fiscal year begins, and the months that define one of its quarters, are no events', () => {
		expect(
			events(
				'2025-10-15',
				'The dairy, whose fiscal year starts on April 1, booked the charge in the first quarter.',
				'Its fiscal year begins on July 1, so the quarter runs from October through December.'
			)
		).toEqual(['first quarter=2025-04..2025-06']);
	});
	it('a relative year right after dates without one is theirs (from January 12 to February 6 next year)', () => {
		expect(
			events(
				'2025-10-15',
				'The trial will run from January 12 to February 6 next year.',
				'A ruling came on March 3 this year.'
			)
		).toEqual([
			'from January 12 to February 6 next year=2026-01-12..2026-02-06',
			'March 3 this year=2025-03-03'
		]);
	});
	it('a sentence that opens on a month alone is in the current year, not in the years told before it', () => {
		expect(
			events(
				'2025-10-15',
				'The mill was built in 1921 and closed in 2009. In May, it reopened as a bakery.',
				'The bakery said it had hired 12 staff in June 2024, more in August, and a baker in April.'
			)
		).toEqual([
			'1921=1921',
			'2009=2009',
			'May=2025-05',
			'June 2024=2024-06',
			'August=2024-08',
			'April=2024-04'
		]);
	});
	it('a chronology told month by month keeps its year: a sentence opening on a month of a stated year', () => {
		expect(
			events(
				'2025-10-15',
				'In June 2019, the council bought the depot. In August, it hired an architect. In November, work began.',
				'The museum closed in 2009, its founder said on May 4, 2011, to cheers. In June, it named a director.'
			)
		).toEqual([
			'June 2019=2019-06',
			'August=2019-08',
			'November=2019-11',
			'2009=2009',
			'May 4, 2011=2011-05-04',
			'June=2025-06'
		]);
	});
});

/** The eleventh round's classes (an obituary, a sports report), on sentences of our own. */
describe('the eleventh round', () => {
	it('next Thursday and last Thursday written on a Thursday are a week away; on Thursday is the day itself', () => {
		expect(
			read('The board met last Thursday and meets again next Thursday; the vote was on Thursday.')
		).toEqual(['last Thursday=2025-11-06', 'next Thursday=2025-11-20', 'Thursday=2025-11-13']);
	});
	it('a weekday before the date it restates is one quote with it, as in Chinese', () => {
		expect(read('The hearing, set for Friday, November 21, moved to Monday, December 1.')).toEqual([
			'Friday, November 21=2025-11-21',
			'Monday, December 1=2025-12-01'
		]);
	});
	it('a schedule told in the present with a plural subject, or running until a day, looks ahead', () => {
		expect(
			read(
				'Season tickets go on sale on Monday. She visited the show at the city museum, which runs until October 2. The finals take place on Sunday.'
			)
		).toEqual(['Monday=2025-11-17', 'October 2=2026-10-02', 'Sunday=2025-11-16']);
	});
	it('that summer is the summer of the year the text stated, as the following spring is of the next', () => {
		expect(events('2025-11-13', 'The family moved to Leeds in 1982. That winter the mill closed.')).toEqual([
			'1982=1982',
			'That winter=1982-12..1983-02'
		]);
	});
});

describe('the twelfth round', () => {
	it('baselines: a record since a year, and the average over a range of years', () => {
		expect(
			events('2026-02-02', 'Ridership reached 4 million last year, the highest annual total since 2016.')
		).toEqual(['last year=2025']);
		expect(events('2026-02-02', 'Rainfall in January was 30 percent below the 1981-2010 average.')).toEqual([
			'January=2026-01'
		]);
	});
});

describe('the twelfth round: fiscal years', () => {
	it('fiscal 2027, which began on October 1, names its months by that start; the day it began is no event', () => {
		expect(
			events(
				'2026-11-04',
				'The county budget for fiscal 2027, which began on October 1, adds two clinics.',
				'Work on the second clinic starts in the second quarter of fiscal 2027.'
			)
		).toEqual(['fiscal 2027=2026-10..2027-09', 'second quarter of fiscal 2027=2027-01..2027-03']);
	});
});

describe('the twelfth round: a span of years that opens the sentence', () => {
	it('governs the whole sentence: a day without a year after it is every year’s, no event', () => {
		expect(events('2025-08-01', 'Between 2010 and 2019, the lake never froze before December 12.')).toEqual([
			'Between 2010 and 2019=2010..2019'
		]);
		expect(events('2025-08-01', 'From 2015 to 2020, the fair opened on June 21 and closed in July.')).toEqual(
			['From 2015 to 2020=2015..2020']
		);
		expect(events('2025-08-01', 'The fair ran from 2015 to 2020, and it reopened on June 21.')).toEqual([
			'from 2015 to 2020=2015..2020',
			'June 21=2025-06-21'
		]);
	});
});

describe('the twelfth round: since a month', () => {
	it('since a month without a year is begun by publication, whatever year its sentence speaks of', () => {
		expect(events('2025-11-14', 'Next year the team will test corals kept in tanks since March.')).toEqual([
			'Next year=2026',
			'since March=2025-03..open'
		]);
		expect(events('2025-11-14', 'Prices have held steady since December.')).toEqual([
			'since December=2024-12..open'
		]);
	});
});

describe('the twelfth round: next October', () => {
	it('next and last before a month alone are one quote with it: the first such month after publication, the latest before', () => {
		expect(events('2025-11-14', 'The divers return next October; they last went in last March.')).toEqual([
			'next October=2026-10',
			'last March=2025-03'
		]);
	});
});

describe('the twelfth round: a quarter named by its months', () => {
	it('the April-June quarter is those months, in the year the text is in', () => {
		expect(
			events(
				'2026-02-10',
				'Orders rose in the July-September quarter and fell in the October–December quarter.'
			)
		).toEqual(['July-September quarter=2025-07..2025-09', 'October–December quarter=2025-10..2025-12']);
	});
});

describe('the twelfth round: since a day, when…', () => {
	it('since a day followed by a when clause tells what happened that day: the day, not an open range', () => {
		expect(
			events('2025-03-05', 'It was their first away win since February 1, when they beat Leeds 2-1.')
		).toEqual(['February 1=2025-02-01']);
		expect(events('2025-03-05', 'Prices have fallen since February 1, the agency said.')).toEqual([
			'since February 1=2025-02-01..open'
		]);
	});
});

describe('the thirteenth round: weeks named by their last day, and records since a month', () => {
	it('the week ended Friday, the week ending March 7: the seven days up to that day', () => {
		expect(events('2025-03-15', 'Exports rose 2 percent in the week ended Friday.')).toEqual([
			'week ended Friday=2025-03-08..2025-03-14'
		]);
		expect(events('2025-03-15', 'Claims fell in the week ending March 7, the ministry said.')).toEqual([
			'week ending March 7=2025-03-01..2025-03-07'
		]);
	});
	it('a record since a month (its sharpest fall since early May) is a baseline', () => {
		expect(events('2025-09-12', 'The yen slid on Monday, its sharpest fall since early May.')).toEqual([
			'Monday=2025-09-08'
		]);
	});
});

describe('the thirteenth round: the following year across a paragraph', () => {
	it('the following year in a paragraph of its own counts from the year the paragraph before stated', () => {
		expect(
			events(
				'2025-06-14',
				'The mill stopped work in 1983.',
				'A cooperative of weavers bought it the following year.'
			)
		).toEqual(['1983=1983', 'following year=1984']);
	});
	it('a year earlier there is no year of the paragraph before (the same month a year earlier is a baseline)', () => {
		expect(
			events(
				'2025-06-14',
				'The mill stopped work in 1983.',
				'Sales were up on the same month a year earlier.'
			)
		).toEqual(['1983=1983']);
	});
});

describe('the thirteenth round: a century ago, and figures due', () => {
	it('a century ago counts back from publication, as a decade ago does; a century on is no date', () => {
		expect(events('2026-05-02', 'A century on, the pier is still busy. A century ago it was new.')).toEqual([
			'A century ago=1926'
		]);
	});
	it('figures that are due on a weekday come out on the one ahead', () => {
		expect(events('2025-10-18', 'The jobs figures are due on Tuesday.')).toEqual(['Tuesday=2025-10-21']);
	});
});

describe('the thirteenth round: this year so far, and this quarter', () => {
	it('year to date is this year up to now, as 今年以来 is; this quarter is publication’s quarter', () => {
		expect(
			events('2025-05-09', 'The fund has lost 3 percent year to date and 1 percent this quarter.')
		).toEqual(['year to date=2025..open', 'this quarter=2025-04..2025-06']);
	});
});

describe('the thirteenth round: a quarter as an adjective', () => {
	it('third-quarter beside words of business is that quarter; in a game it is a period of play', () => {
		expect(events('2025-11-06', 'The airline posted record second-quarter earnings.')).toEqual([
			'second-quarter=2025-04..2025-06'
		]);
		expect(events('2025-11-06', 'The Lions scored a fourth-quarter touchdown.')).toEqual([]);
	});
});

describe('the fourteenth round: holidays by name', () => {
	it('Christmas Day, New Year’s Day, Boxing Day and Halloween are their days in the year nearest publication', () => {
		expect(
			events(
				'2025-12-04',
				'The helpline stays open on Christmas Day and on New Year’s Day, but not on Boxing Day.'
			)
		).toEqual(['Christmas Day=2025-12-25', 'New Year’s Day=2026-01-01', 'Boxing Day=2025-12-26']);
		expect(events('2025-11-04', 'Sales of sweets peaked before Halloween.')).toEqual([
			'Halloween=2025-10-31'
		]);
	});
	it('Easter, Good Friday, Thanksgiving and Black Friday move with the calendar', () => {
		expect(events('2027-02-10', 'Bookings usually rise before Easter and Good Friday.')).toEqual([
			'Easter=2027-03-28',
			'Good Friday=2027-03-26'
		]);
		expect(events('2024-12-02', 'Stores opened early on Thanksgiving and again on Black Friday.')).toEqual([
			'Thanksgiving=2024-11-28',
			'Black Friday=2024-11-29'
		]);
		expect(events('2024-12-02', 'The shop will reopen at Easter 2025.')).toEqual(['Easter 2025=2025-04-20']);
	});
});

describe('the fourteenth round: a day that bounds a count', () => {
	it('the only defeat before Christmas counts up to the day, which is no event; a rush before Easter is one', () => {
		expect(events('2025-05-10', 'Their only loss before Christmas came on December 20.')).toEqual([
			'December 20=2024-12-20'
		]);
		expect(events('2026-02-13', 'Tour operators expected a rush before Easter.')).toEqual([
			'Easter=2026-04-05'
		]);
	});
	it('a deadline (until June 30, 2026) gives its year to no later clause', () => {
		expect(
			events(
				'2025-12-03',
				'Refunds are available until June 30, 2026, and the shop is closed on Christmas Day.'
			)
		).toEqual(['June 30, 2026=2026-06-30', 'Christmas Day=2025-12-25']);
	});
});

describe('a month after for, and figures measured', () => {
	it('a month after for is read; after a noun of figures it is the month measured, the latest before publication', () => {
		expect(events('2025-11-04', 'Factory output figures for October are due on Friday.')).toEqual([
			'October=2025-10',
			'Friday=2025-11-07'
		]);
		expect(events('2025-11-04', 'The bridge repairs are scheduled for March.')).toEqual(['March=2026-03']);
		// A name that owns something is no month.
		expect(events('2019-03-13', "MPs withdrew their support for May's deal.")).toEqual([]);
	});
});

describe('a past participle after a comma', () => {
	it('a record set on a day is past, even in a sentence that looks ahead', () => {
		expect(
			events(
				'2025-11-04',
				'Traders said the stock could yet beat its high of 412, set on August 14, this month.'
			)
		).toEqual(['August 14=2025-08-14', 'this month=2025-11']);
	});
});

describe('the fourteenth round: a past verb before its day, and a record with a when clause', () => {
	it('a day right after a verb in the past (introduced on Monday) is past, though the clause goes on with will', () => {
		expect(
			events(
				'2026-02-13',
				'Residents must respect a ban on fires that the council introduced on Monday and says will stay for a month.'
			)
		).toEqual(['Monday=2026-02-09']);
		expect(events('2026-02-13', 'The bridge will be closed on Monday.')).toEqual(['Monday=2026-02-16']);
		expect(events('2026-02-11', 'Sales figures expected on Friday will show a rise.')).toEqual([
			'Friday=2026-02-13'
		]);
	});
	it('a record since a year followed by what happened then (since 2014, when …) makes that year an event', () => {
		expect(
			events('2025-11-13', 'It was the wettest month since 2014, when the river burst its banks.')
		).toEqual(['2014=2014']);
		expect(events('2025-11-13', 'It was the wettest month since 2014.')).toEqual([]);
	});
});

describe('the fourteenth round: a holiday season by its year', () => {
	it('the 2023 holiday season is November and December of that year; a holiday season alone is no date', () => {
		expect(events('2025-12-03', 'Toy sales slumped during the 2023 holiday season.')).toEqual([
			'2023 holiday season=2023-11..2023-12'
		]);
		expect(events('2025-12-03', 'Stores hired extra staff for the holiday season.')).toEqual([]);
	});
});

describe('the sixteenth round: weeks by their first day, open ranges with from, nights into days', () => {
	it('the week of February 2 is the seven days from that day', () => {
		expect(events('2025-11-20', 'Auditions will take place in the week of February 2.')).toEqual([
			'week of February 2=2026-02-02..2026-02-08'
		]);
	});
	it('from a date after what may or can be done is an open range ahead; from a year before a noun is that year', () => {
		expect(
			events('2025-11-20', 'Passengers can use the new card from April 2026, the operator said.')
		).toEqual(['from April 2026=2026-04..open']);
		expect(events('2025-11-20', 'Season tickets can be renewed from mid-March.')).toEqual([
			'from mid-March=2026-03-11..open'
		]);
		expect(events('2025-11-20', 'Letters from 1942 were found in the attic.')).toEqual(['1942=1942']);
	});
	it('from a weekday night into the next day is one range of the days ahead', () => {
		expect(events('2026-02-18', 'More snow is expected from Friday night into Saturday.')).toEqual([
			'from Friday night into Saturday=2026-02-20..2026-02-21'
		]);
	});
	it('what was likely from a day, in a clause told in the past, lies ahead; a day before it stays past', () => {
		expect(
			events(
				'2026-02-18',
				'Forecasters issued a warning on Monday and said more snow was likely from Thursday night into Friday.'
			)
		).toEqual(['Monday=2026-02-16', 'from Thursday night into Friday=2026-02-19..2026-02-20']);
	});
});

describe('the seventeenth round: the following month, a weekday that names the year, plural verbs of a schedule', () => {
	it('the following month is the month after the one stated before; the previous month the one before', () => {
		expect(
			events('2025-12-12', 'She was suspended in September 2023 and dismissed the following month.')
		).toEqual(['September 2023=2023-09', 'following month=2023-10']);
		expect(
			events('2025-12-12', 'The bridge closed in January 2020, after cracks found the previous month.')
		).toEqual(['January 2020=2020-01', 'previous month=2019-12']);
	});
	it('a date given with its weekday is in the year near publication where the weekday fits, not a year stated before', () => {
		expect(
			events(
				'2026-01-08',
				'The museum’s roof was repaired in 2023. Entry is free on Sunday, March 1, for members.'
			)
		).toEqual(['2023=2023', 'Sunday, March 1=2026-03-01']);
		// Where the weekday fits the year stated, that year stands.
		expect(events('2026-01-08', 'In 2015 the hall reopened on Saturday, May 9, after a fire.')).toEqual([
			'2015=2015',
			'Saturday, May 9=2015-05-09'
		]);
	});
	it('a time that comes again (and again on Black Friday) is the first such after what its sentence stated', () => {
		expect(
			events('2025-12-03', 'Sales peaked during the 2023 holiday season and again on Valentine’s Day.')
		).toEqual(['2023 holiday season=2023-11..2023-12', 'Valentine’s Day=2024-02-14']);
		// Where the first after it is in the year stated, that year stands.
		expect(events('2025-12-03', 'The river flooded in June 2019 and again in August.')).toEqual([
			'June 2019=2019-06',
			'August=2019-08'
		]);
	});
	it('a plural verb of a schedule that no noun reads as (begin, reopen, arrive) looks ahead, as begins does', () => {
		expect(events('2026-01-08', 'Volunteers begin planting on Saturday.')).toEqual(['Saturday=2026-01-10']);
		expect(events('2026-01-08', 'Both lanes reopen Monday morning.')).toEqual(['Monday=2026-01-12']);
	});
});

describe('the eighteenth round: weekdays that name no day, ranges of weekday dates, periods by name', () => {
	it('a range whose ends carry their weekdays is one range, across a year’s end', () => {
		expect(
			events('2025-12-10', 'The library will keep shorter hours from Monday 22 December to Friday 2 January.')
		).toEqual(['from Monday 22 December to Friday 2 January=2025-12-22..2026-01-02']);
	});
	it('a weekday after an indefinite article names a kind of day (a Sunday timetable), not a day', () => {
		expect(
			events('2025-12-10', 'Trains will run to a Sunday timetable on Boxing Day and an hourly one after.')
		).toEqual(['Boxing Day=2025-12-26']);
	});
	it('since the summer runs on from that season, as since March does', () => {
		expect(events('2025-12-10', 'The ward has been closed since the summer.')).toEqual([
			'since the summer=2025-06..open'
		]);
	});
	it('the world wars are their years, after a word that makes them a time', () => {
		expect(
			events(
				'2025-12-10',
				'The pier was closed during the Second World War, as it was in World War I. A World War II bomber flew over it, and it reopened after the Second World War.'
			)
		).toEqual(['Second World War=1939..1945', 'World War I=1914..1918']);
	});
	it('that February is the month of the year the text last stated', () => {
		expect(
			events('2025-12-10', 'The couple bought the farm in 1998. They had first seen it that February.')
		).toEqual(['1998=1998', 'that February=1998-02']);
	});
	it('what begins or resumes on a weekday, told in the present, lies ahead', () => {
		expect(events('2025-11-08', 'Viewings begin on Thursday.')).toEqual(['Thursday=2025-11-13']);
		expect(events('2025-11-08', 'Talks resume on Monday.')).toEqual(['Monday=2025-11-10']);
	});
	it('the previous Friday with its date in apposition is one quote', () => {
		expect(
			events('2025-12-03', 'The change was deployed the previous Friday, 21 November, and failed on Monday.')
		).toEqual(['previous Friday, 21 November=2025-11-21', 'Monday=2025-12-01']);
	});
});

describe('the eighteenth round: the weekend of a story told in the past', () => {
	it('over the weekend after a day its paragraph stated is the weekend after that day', () => {
		expect(
			events(
				'2025-12-03',
				'The change went out on Friday, 21 November. Traffic stayed low over the weekend, and rose on Monday 24 November.'
			)
		).toEqual([
			'Friday, 21 November=2025-11-21',
			'weekend=2025-11-22..2025-11-23',
			'Monday 24 November=2025-11-24'
		]);
	});
	it('in a paragraph of its own, ahead, or before that weekend has come, it is the weekend nearest publication', () => {
		expect(
			events(
				'2025-12-03',
				'The change went out on Friday, 21 November.',
				'Traffic stayed low over the weekend.'
			)
		).toEqual(['Friday, 21 November=2025-11-21', 'weekend=2025-11-29..2025-11-30']);
		expect(
			events('2025-12-03', 'The change went out on 21 November. More tests will run over the weekend.')
		).toEqual(['21 November=2025-11-21', 'weekend=2025-12-06..2025-12-07']);
		expect(
			events('2025-11-28', 'The change went out on Thursday, 27 November, and was tested over the weekend.')
		).toEqual(['Thursday, 27 November=2025-11-27', 'weekend=2025-11-22..2025-11-23']);
	});
});

describe('the eighteenth round: days counted to a weekday', () => {
	it('Two days later, on Wednesday counts from the day stated that it brings to a Wednesday, past a flashback', () => {
		expect(
			events(
				'2025-12-03',
				'Payments failed on Monday 24 November. A similar spike on 9 September had been ignored.',
				'Two days later, on Wednesday, a new check was added.'
			)
		).toEqual([
			'Monday 24 November=2025-11-24',
			'9 September=2025-09-09',
			'Two days later, on Wednesday=2025-11-26'
		]);
	});
	it('where the last day stated fits the weekday, or no day stated does, it counts from the last day stated', () => {
		expect(
			events('2025-12-03', 'The pier closed on Friday 14 November. Two days later, on Sunday, it reopened.')
		).toEqual(['Friday 14 November=2025-11-14', 'Two days later, on Sunday=2025-11-16']);
		expect(
			events('2025-12-03', 'The pier closed on Friday 14 November. Two days later, on Monday, it reopened.')
		).toEqual(['Friday 14 November=2025-11-14', 'Two days later, on Monday=2025-11-16']);
	});
});

describe('the twenty-first round: a wire story, a match report, a university press release', () => {
	it('a fiscal year named with its budget that runs through a day is that year of accounts; the day it ends is no event', () => {
		expect(
			events(
				'2025-10-20',
				'The museum set aside $2 million in its fiscal year 2026 budget, which runs through June 30, for new roofs.'
			)
		).toEqual(['fiscal year 2026=2025-07..2026-06']);
		expect(
			events('2026-03-02', 'The agency’s fiscal 2027 plan, which runs until September 30, adds nine rangers.')
		).toEqual(['fiscal 2027=2026-10..2027-09']);
	});
	it('an abbreviated weekday with its dot before a date is one quote with it, as in a fixture list', () => {
		expect(
			events(
				'2025-12-07',
				'Upcoming: Thu., Dec. 11 at Lakeview, 6 p.m.; Sun., Dec. 14 vs. Portland; Tues., Jan. 6 at home.'
			)
		).toEqual(['Thu., Dec. 11=2025-12-11', 'Sun., Dec. 14=2025-12-14', 'Tues., Jan. 6=2026-01-06']);
		expect(events('2025-12-07', 'The story ran in the Sun. It was reprinted in 2019.')).toEqual([
			'2019=2019'
		]);
	});
	it('two sides that meet, play or face each other on a day without a year meet ahead', () => {
		expect(events('2025-12-07', 'The two clubs meet again on Jan. 17 in Westfield.')).toEqual([
			'Jan. 17=2026-01-17'
		]);
		expect(events('2025-12-07', 'The teams play the return leg on Feb. 4.')).toEqual(['Feb. 4=2026-02-04']);
		expect(events('2025-12-07', 'The track meet on Jan. 17 drew 400 runners.')).toEqual([
			'Jan. 17=2025-01-17'
		]);
	});
	it('over the summer, throughout the winter: a season of the year the text is in, as in the summer is', () => {
		expect(events('2025-12-07', 'The club signed three players over the summer.')).toEqual([
			'summer=2025-06..2025-08'
		]);
		expect(events('2025-12-07', 'The rink stayed open throughout the winter of 2023.')).toEqual([
			'winter of 2023=2023-12..2024-02'
		]);
	});
	it('the attribution after a quotation keeps its own tense: told reporters Monday is past after a quoted will', () => {
		expect(
			events('2025-12-02', '“We will rebuild the line by March,” the minister told reporters Monday.')
		).toEqual(['March=2026-03', 'Monday=2025-12-01']);
		expect(events('2025-12-02', '"We will publish it," she said Monday.')).toEqual(['Monday=2025-12-01']);
	});
});

describe('the twenty-seventh round: Indian, Australian and Scottish news', () => {
	it('a financial year named by two years runs from April, from July in an Australian text; FY and two digits is one', () => {
		expect(
			events(
				'2026-10-05',
				'Exports in the 2024-25 financial year rose by a fifth, and the mill hopes to double them by FY29.'
			)
		).toEqual(['2024-25 financial year=2024-04..2025-03', 'FY29=2028-04..2029-03']);
		expect(
			events(
				'2026-10-05',
				'Canberra said the Australian budget for the 2023-24 financial year ended in surplus.'
			)
		).toEqual(['2023-24 financial year=2023-07..2024-06']);
	});
	it('the same period last year, and a figure that doubled since a year, are baselines', () => {
		expect(
			events(
				'2026-10-05',
				'Profit rose to $12 million from $9 million in the same quarter last year.',
				'Orders have "almost tripled since 2021", she said.'
			)
		).toEqual([]);
	});
	it('a month before a figure with a decimal point is no day (from June to August 1.4 degrees above)', () => {
		expect(
			events('2026-09-02', 'Temperatures from June to August 1.4 degrees above normal made it a mild winter.')
		).toEqual(['from June to August=2026-06..2026-08']);
	});
	it('the first and second halves of a month are its first fifteen days and the rest', () => {
		expect(
			events('2026-06-10', 'Sales slowed in the first half of April and recovered in the second half of May.')
		).toEqual(['first half of April=2026-04-01..2026-04-15', 'second half of May=2026-05-16..2026-05-31']);
	});
	it('Monday week is the Monday a week after the coming one', () => {
		expect(events('2026-12-01', 'The panel will sit again on Friday week.')).toEqual([
			'Friday week=2026-12-11'
		]);
	});
	it('a time something is normally or usually done by is a habit, no event', () => {
		expect(events('2026-12-01', 'Shearing, usually finished by mid-October, ran late.')).toEqual([]);
	});
	it('in an Australian text the seasons are the southern ones; a season after in needs no the', () => {
		expect(
			events('2026-12-01', 'In Queensland, growers planted in autumn and picked during the winter.')
		).toEqual(['autumn=2026-03..2026-05', 'winter=2026-06..2026-08']);
		expect(
			events('2026-12-01', 'In Ontario, growers planted in spring and picked during the autumn.')
		).toEqual(['spring=2026-03..2026-05', 'autumn=2026-09..2026-11']);
	});
	it('two days that follow each other joined by and are one range of them', () => {
		expect(events('2026-12-03', 'The inquiry sat on 24 and 25 November.')).toEqual([
			'24 and 25 November=2026-11-24..2026-11-25'
		]);
	});
	it('a wait of a year or more after the year stated carries the story out of it', () => {
		expect(
			events(
				'2026-12-03',
				'The plan was filed in March 2023 but stalled for more than a year. It was approved on 2 June.'
			)
		).toEqual(['March 2023=2023-03', '2 June=2026-06-02']);
	});
});

describe('the thirty-second round: Canadian, British and Irish news', () => {
	it('a weekday after an article and an adjective names a kind of day (a full Sunday service), not a day', () => {
		expect(
			events(
				'2026-11-26',
				'The line has not had a full Sunday service since 2019, and a reduced Saturday timetable starts on Monday.'
			)
		).toEqual(['since 2019=2019..open', 'Monday=2026-11-30']);
		expect(events('2026-11-26', 'Lorries brought the bridge to a halt Monday, the police said.')).toEqual([
			'Monday=2026-11-23'
		]);
	});
});
