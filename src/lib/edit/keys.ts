/**
 * The undo and redo keys: Ctrl+Z (⌘Z) undoes, Shift+Ctrl+Z (⇧⌘Z) and Ctrl+Y redo. The letter is read from
 * the key where it is a Latin letter and from the key's place otherwise, so that a Chinese or Russian
 * layout undoes too.
 */
export type HistoryMove = 'undo' | 'redo';

/** The keys `historyMove` reads, as `aria-keyshortcuts` names them. */
export const HISTORY_KEYS: Record<HistoryMove, string> = {
	undo: 'Control+Z Meta+Z',
	redo: 'Control+Shift+Z Meta+Shift+Z Control+Y'
};

type Keys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function historyMove(event: Keys): HistoryMove | null {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
	const letter = /^[a-z]$/i.test(event.key)
		? event.key.toLowerCase()
		: event.code.replace(/^Key/, '').toLowerCase();
	if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
	if (letter === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
	return null;
}

/**
 * Whether the page's undo leaves this key to the browser: in a text field holding typing not yet made an
 * edit (`data-draft`), the browser undoes the typing; in any other text field (a dialog's) it is not
 * ours at all.
 */
export function leftToBrowser(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.closest('dialog')) return true;
	const typing =
		target.isContentEditable ||
		target instanceof HTMLTextAreaElement ||
		(target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type));
	return typing && target.dataset.draft !== 'false';
}
