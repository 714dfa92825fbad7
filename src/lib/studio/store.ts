/**
 * The timelines of one's own, kept in this browser's IndexedDB (one object store of records, `record.ts`).
 * Storage may be refused (a private window, a browser set to keep nothing, a full disk): every failure is
 * a `StoreError` whose `kind` the page words, so that a person is told their work is not kept, never
 * left to find out.
 */
import { readRecord, type Stored, type TimelineRecord } from './record';

const DATABASE = 'nianbiao';
const STORE = 'timelines';
const VERSION = 1;

export class StoreError extends Error {
	override name = 'StoreError';
	constructor(
		/** No storage at all; no room left; anything else the browser said. */
		readonly kind: 'unavailable' | 'quota' | 'failed',
		message: string
	) {
		super(message);
	}
}

function failure(error: unknown, fallback: StoreError['kind'] = 'failed'): StoreError {
	if (error instanceof StoreError) return error;
	const name = error instanceof DOMException ? error.name : '';
	const message = error instanceof Error ? error.message : String(error);
	if (name === 'QuotaExceededError') return new StoreError('quota', message);
	if (name === 'InvalidStateError' || name === 'SecurityError') return new StoreError('unavailable', message);
	return new StoreError(fallback, message || name || 'unknown error');
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
	opened ??= new Promise<IDBDatabase>((resolve, reject) => {
		if (typeof indexedDB === 'undefined')
			return reject(new StoreError('unavailable', 'this browser offers no IndexedDB'));
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(DATABASE, VERSION);
		} catch (error) {
			return reject(failure(error, 'unavailable'));
		}
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(failure(request.error, 'unavailable'));
		request.onblocked = () =>
			reject(new StoreError('unavailable', 'another tab holds an older database open'));
	}).catch((error) => {
		// The next attempt asks again: a refusal may be lifted (a tab closed, space freed).
		opened = null;
		throw failure(error, 'unavailable');
	});
	return opened;
}

/** Runs `work` in one transaction and resolves with its request's result once the transaction is done. */
async function transact<T>(
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await database();
	return new Promise<T>((resolve, reject) => {
		let request: IDBRequest<T>;
		try {
			const transaction = db.transaction(STORE, mode);
			request = work(transaction.objectStore(STORE));
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(failure(transaction.error ?? request.error));
			transaction.onabort = () =>
				reject(failure(transaction.error ?? new Error('the browser aborted the write')));
			// Committed now rather than once the task ends: a save made as the page goes away (pagehide, a reload
			// within the moment a save waits for) is then sent before the page is, not lost with it.
			if (mode === 'readwrite') transaction.commit();
		} catch (error) {
			reject(failure(error));
		}
	});
}

/** Every record, readable or not, the last changed first. */
export async function listRecords(): Promise<Stored[]> {
	const all = await transact('readonly', (store) => store.getAll());
	const updated = (stored: Stored) =>
		stored.ok ? stored.record.updated : Number((stored.raw as { updated?: unknown })?.updated) || 0;
	return all.map(readRecord).sort((a, b) => updated(b) - updated(a));
}

/** The record `id`, or undefined when there is none. */
export async function getRecord(id: string): Promise<Stored | undefined> {
	const raw = await transact('readonly', (store) => store.get(id));
	return raw === undefined ? undefined : readRecord(raw);
}

export async function putRecord(record: TimelineRecord): Promise<void> {
	await transact('readwrite', (store) => store.put(record));
}

export async function deleteRecord(id: string): Promise<void> {
	await transact('readwrite', (store) => store.delete(id));
}
