/**
 * A documented workflow as steps a test runs: the fenced blocks of one
 * section of a Markdown page, in order. The page reads as a walkthrough;
 * the info string of each block tells the test what it is:
 *
 * - ```` ```sh ```` (or ```` ```sh exit=1 ````): commands, one per line, run in
 *   a shell as the reader types them, with the exit status they must end with;
 * - ```` ```yaml file=<path> replaces="<text>" ````: an edit, the block put in
 *   place of the text (which must be in the file once);
 * - ```` ```python file=<path> ```` (any language, no `replaces`): a new file
 *   the reader writes, with the block as its text;
 * - ```` ```text output ````: lines the last command prints, each somewhere in
 *   its output;
 * - ```` ```text page=<path> ````: lines a reader sees on a built page, each
 *   somewhere in its text.
 *
 * Any other block is an error, so that a typo cannot skip a step.
 */
export type DocStep =
	| { kind: 'run'; line: number; commands: string[]; exit: number }
	| { kind: 'edit'; line: number; file: string; replaces: string; text: string }
	| { kind: 'write'; line: number; file: string; text: string }
	| { kind: 'output'; line: number; expected: string[] }
	| { kind: 'page'; line: number; file: string; expected: string[] };

const FENCE = /^(\s*)```(.*)$/;

/** The steps of the section headed `## <heading>`, up to the next `## `. */
export function docSteps(markdown: string, heading: string, source = 'the page'): DocStep[] {
	const lines = markdown.split('\n');
	const start = lines.findIndex((line) => line === `## ${heading}`);
	if (start === -1) throw new Error(`${source} has no section "## ${heading}".`);
	const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
	const steps: DocStep[] = [];
	for (let index = start + 1; index < (end === -1 ? lines.length : end); index += 1) {
		const open = FENCE.exec(lines[index]!);
		if (!open) continue;
		const [, indent = '', info = ''] = open;
		const body: string[] = [];
		const line = index + 1;
		for (index += 1; index < lines.length && lines[index]!.trim() !== '```'; index += 1) body.push(lines[index]!.slice(indent.length));
		const [lang = '', ...rest] = info.trim().split(/\s+/);
		const meta = Object.fromEntries([...info.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)].map((match) => [match[1]!, match[2] ?? match[3]!]));
		const flag = rest.find((word) => !word.includes('='));
		const text = body.join('\n');
		if (lang === 'sh') steps.push({ kind: 'run', line, commands: body.filter((command) => command.trim()), exit: Number(meta.exit ?? 0) });
		else if (meta.file && meta.replaces !== undefined) steps.push({ kind: 'edit', line, file: meta.file, replaces: meta.replaces, text });
		else if (meta.file) steps.push({ kind: 'write', line, file: meta.file, text: `${text}\n` });
		else if (lang === 'text' && flag === 'output') steps.push({ kind: 'output', line, expected: body.map((entry) => entry.trim()).filter(Boolean) });
		else if (lang === 'text' && meta.page) steps.push({ kind: 'page', line, file: meta.page, expected: body.map((entry) => entry.trim()).filter(Boolean) });
		else
			throw new Error(`${source}:${line}: a block of the walkthrough must be sh, an edit (file= replaces=), a new file (file=), text output or text page=; this one is "${info}".`);
	}
	return steps;
}

/** What a reader sees of an HTML page: its text, tags and entities gone, spaces collapsed. */
export function visibleText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}
