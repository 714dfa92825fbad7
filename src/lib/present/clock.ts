/** The speaker's clock: time of day as the wall shows it, and time talked as minutes and seconds. */

const two = (n: number) => String(n).padStart(2, '0');

/** `14:05`, in the speaker's own time zone: what the clock on the wall says. */
export function timeOfDay(now: Date): string {
	return `${two(now.getHours())}:${two(now.getMinutes())}`;
}

/** `7:03`, or `1:02:03` past an hour. */
export function elapsed(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = `${two(seconds % 60)}`;
	return hours ? `${hours}:${two(minutes)}:${rest}` : `${minutes}:${rest}`;
}
