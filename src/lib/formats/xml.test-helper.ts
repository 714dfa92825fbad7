/** A strict XML 1.0 reader for tests (saxes): the text of an exported SVG, or an error naming where it breaks. */
import { SaxesParser } from 'saxes';

/** Throws unless `xml` is a well-formed document; returns its character data, to check what it says. */
export function parseXmlStrictly(xml: string): { root: string; text: string } {
	const parser = new SaxesParser({ xmlns: true });
	let root = '';
	let text = '';
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		root ||= tag.local;
	});
	parser.on('text', (chunk) => {
		text += chunk;
	});
	parser.write(xml).close();
	return { root, text };
}
