/**
 * A data set in another script (Traditional → Simplified), with every span still on its words. A
 * converter may change a run's length (phrase tables do), so each paragraph is cut at every span's edges,
 * converted piece by piece, and the edges measured again rather than carried over.
 */
import type { Dataset, Language } from '$lib/model/schema';

interface Spanned {
	paragraph: number;
	span: [number, number];
}

export function convertDataset(
	data: Dataset,
	convert: (text: string) => string,
	language: Language
): Dataset {
	const items: Spanned[] = [...data.events, ...data.undated];
	/** Per paragraph, each edge's offset in the original text → its offset in the converted text. */
	const moved = new Map<number, Map<number, number>>();
	const paragraphs = data.paragraphs.map((paragraph) => {
		const edges = new Set([0, paragraph.text.length]);
		for (const item of items)
			if (item.paragraph === paragraph.index) for (const edge of item.span) edges.add(edge);
		const ordered = [...edges].filter((edge) => edge <= paragraph.text.length).sort((a, b) => a - b);
		const offsets = new Map<number, number>([[0, 0]]);
		let text = '';
		for (let i = 1; i < ordered.length; i++) {
			text += convert(paragraph.text.slice(ordered[i - 1], ordered[i]));
			offsets.set(ordered[i]!, text.length);
		}
		moved.set(paragraph.index, offsets);
		return { ...paragraph, text };
	});
	const respan = <T extends Spanned>(item: T): T & { quote: string } => {
		const offsets = moved.get(item.paragraph);
		const span: [number, number] = [offsets?.get(item.span[0]) ?? 0, offsets?.get(item.span[1]) ?? 0];
		return { ...item, span, quote: paragraphs[item.paragraph]?.text.slice(...span) ?? '' };
	};
	return {
		article: { ...data.article, title: convert(data.article.title), language },
		paragraphs,
		events: data.events.map((event) => ({ ...respan(event), title: convert(event.title) })),
		undated: data.undated.map((mention) => ({ ...respan(mention), title: convert(mention.title) }))
	};
}
