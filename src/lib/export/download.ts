/** Saves `content` as a file named `name`, as a download the browser asks about or puts in its folder. */
export function download(
	name: string,
	content: Blob | string | Uint8Array<ArrayBuffer>,
	type = 'application/octet-stream'
) {
	const blob = content instanceof Blob ? content : new Blob([content], { type });
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
