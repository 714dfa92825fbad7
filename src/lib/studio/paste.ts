/**
 * Pasted HTML as article text: one line per paragraph, as an article in `data/` is written. A word
 * processor or a web page puts its paragraphs in elements, and their plain-text copy sometimes runs them
 * together; read from the markup, each block (a paragraph, a heading, an item, a line break) is a line.
 * Reads any tree of nodes (a `DOMParser` document in the page), so that it is tested without a browser.
 */

/** The part of a DOM node this reads. */
export interface TextNode {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<TextNode>;
}

const TEXT = 3;
const ELEMENT = 1;
/** Elements that end a line of the article before and after them. */
const BLOCKS = new Set(
	'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL'.split(
		' '
	)
);
/** Elements whose text no reader sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META']);

export function blockText(root: TextNode): string {
	const lines: string[] = [];
	let line = '';
	const end = () => {
		if (line.trim() !== '') lines.push(line.trim());
		line = '';
	};
	const walk = (node: TextNode, pre: boolean) => {
		if (node.nodeType === TEXT) {
			const text = node.nodeValue ?? '';
			if (!pre) line += text.replace(/[ \t\r\n\f]+/g, ' ');
			else
				text.split('\n').forEach((part, i) => {
					if (i > 0) end();
					line += part;
				});
			return;
		}
		const name = node.nodeName.toUpperCase();
		if (node.nodeType === ELEMENT && HIDDEN.has(name)) return;
		const block = node.nodeType === ELEMENT && BLOCKS.has(name);
		if (block) end();
		// A table's cells are words of one row: a space between them keeps them apart.
		if (name === 'TD' || name === 'TH') line += ' ';
		for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, pre || name === 'PRE');
		if (block) end();
	};
	walk(root, false);
	end();
	return lines.join('\n');
}
