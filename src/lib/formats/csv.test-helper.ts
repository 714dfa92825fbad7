/**
 * A strict RFC 4180 reader for tests, to check the CSV writer against the rules rather than against itself:
 * it throws on anything the RFC does not allow (a quote inside an unquoted field, text after a closing
 * quote, an unterminated quote, a line break other than CRLF outside quotes, rows of different lengths).
 */
export function parseCsvStrictly(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let at = 0;
	const fail = (why: string): never => {
		throw new Error(`CSV offset ${at}: ${why}`);
	};
	while (at < text.length) {
		if (text[at] === '"') {
			at++;
			for (;;) {
				if (at >= text.length) fail('a quoted field never closes');
				if (text[at] === '"' && text[at + 1] === '"') {
					field += '"';
					at += 2;
				} else if (text[at] === '"') {
					at++;
					break;
				} else field += text[at++];
			}
		} else
			while (at < text.length && text[at] !== ',' && text[at] !== '\r') {
				if (text[at] === '"') fail('a quote inside an unquoted field');
				if (text[at] === '\n') fail('a line feed without a carriage return');
				field += text[at++];
			}
		row.push(field);
		field = '';
		if (at === text.length) break;
		if (text[at] === ',') at++;
		else if (text.startsWith('\r\n', at)) {
			rows.push(row);
			row = [];
			at += 2;
		} else fail(`${JSON.stringify(text[at])} after a field`);
	}
	if (row.length) rows.push(row);
	if (rows.some((r) => r.length !== rows[0]!.length)) throw new Error('CSV rows of different lengths');
	return rows;
}
