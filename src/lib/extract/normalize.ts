/**
 * One spelling for the rules to read. Full-width digits and punctuation become ASCII, and the Traditional
 * characters that date rules and mention rules look at become Simplified, one UTF-16 unit for one, so a
 * match in the normalized text has the same span in the author's text. (A phrase converter such as OpenCC
 * may change lengths, `網際網路` → `互联网`, which would break spans.)
 */

/** Traditional → Simplified, only for characters the rules read. Pairs of one character each. */
const TRADITIONAL =
	'來来屆届過过後后週周禮礼個个號号農农曆历歷历國国慶庆節节兩两間间從从於于紀纪當当這这會会壇坛議议報报' +
	'劃划規规約约歲岁萬万億亿餘余幾几現现開开舉举勞劳動动兒儿聖圣誕诞陽阳臘腊軍军婦妇師师與与時时點点經经' +
	'內内裡里裏里聯联網网絡络戰战協协覽览綱纲條条約约聲声書书為为將将對对給给讓让並并說说發发屆届後后' +
	'歷历單单區区雙双際际識识頭头週周鐘钟學学體体稱称屬属們们個个麼么產产業业權权術术總总統统樣样邊边' +
	'進进選选舉举辦办屆届貿贸區区紀纪號号論论參参組组織织團团濟济運运賽赛項项張张場场層层棟栋輛辆臺台隻只種种' +
	'噸吨戶户頁页門门線线綫线樓楼機机館馆廳厅黨党樹树數数還还續续佈布啟启簽签牽牵導导關关圍围繞绕該该計计' +
	'遊游訊讯餅饼費费齡龄輕轻電电攝摄圖图預预較较環环決决強强調调閉闭爐炉達达訪访實实曉晓視视編编輯辑' +
	'記记擬拟隊队處处縣县島岛賞赏長长' +
	// Reign eras as Taiwan and Hong Kong write them (`光緒`, `咸豐`, `順治`, `永樂`, `崇禎`, `貞觀`).
	'緒绪豐丰樂乐順顺禎祯寶宝龍龙貞贞觀观' +
	// What closes a period (`8月29日結束`).
	'結结' +
	// Fiscal years and public money (`2026-27財政年度`, `財年`, `撥款`, `稅收`).
	'財财撥拨稅税' +
	// A festival's long weekend, as Taiwan names it (`中秋連假`), and a holiday week (`國慶黃金週`).
	'連连黃黄' +
	// A handover's anniversary (`澳門回歸紀念日`).
	'歸归';

/** Code unit → replacement, 0 where the unit stays: a flat table is what makes 10 MB/s possible. */
const MAP = new Uint16Array(0x10000);
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2)
	MAP[TRADITIONAL.charCodeAt(i)] = TRADITIONAL.charCodeAt(i + 1);
// Full-width ASCII (digits, ／－．～：％ and letters) sits at a fixed offset from ASCII.
for (let code = 0xff01; code <= 0xff5e; code++) MAP[code] = code - 0xfee0;
MAP[0x3000] = 0x20; // ideographic space
// `二○二二年`: the white circle is written for the ideographic zero.
MAP[0x25cb] = 0x3007;

/** Code units per `String.fromCharCode` call: well under any engine's limit on arguments. */
const CHUNK = 8192;

/**
 * Reads the buffer back as a string. A decoder copies it whole, four times faster than `String.fromCharCode`
 * in chunks, and keeps a leading U+FEFF when told to (issue 14: one that dropped it moved every span of a
 * file saved with a byte-order mark by one). It writes U+FFFD for a lone surrogate, though: text that has
 * one is read back chunk by chunk, so that every unit the rules do not map stays as it was.
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function asString(units: Uint16Array, wellFormed: boolean): string {
	if (wellFormed) return UTF16.decode(units);
	const chunks: string[] = [];
	for (let at = 0; at < units.length; at += CHUNK)
		// `apply` takes the typed array as it is; spreading it into arguments is twice as slow.
		chunks.push(String.fromCharCode.apply(null, units.subarray(at, at + CHUNK) as unknown as number[]));
	return chunks.join('');
}

/**
 * Same length as the input, unit for unit: each code unit becomes exactly one code unit, by construction.
 * Built in a code-unit buffer: concatenating strings per replaced character is slow for Traditional text,
 * where replacements are dense.
 */
export function normalize(text: string): string {
	const units = new Uint16Array(text.length);
	let changed = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const mapped = MAP[code]!;
		units[i] = mapped || code;
		if (mapped) changed = true;
	}
	return changed ? asString(units, text.isWellFormed()) : text;
}

const SIMPLIFIED_ONLY = new Uint8Array(0x10000);
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) SIMPLIFIED_ONLY[TRADITIONAL.charCodeAt(i + 1)] = 1;

/** How many characters only Traditional writing uses, for telling zh-Hant from zh-Hans. */
export function traditionalShare(text: string): number {
	let traditional = 0;
	let simplified = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x4e00) continue;
		if (MAP[code]) traditional++;
		else if (SIMPLIFIED_ONLY[code]) simplified++;
	}
	return traditional + simplified === 0 ? 0 : traditional / (traditional + simplified);
}
