/**
 * The self-assessment page's script. The page is a complete form without it;
 * this adds scoring as the reader answers (through the one scoring module,
 * never a copy of its rules), saving in the browser, export, import and the
 * printed report. Bundled into a classic script by src/build/client-scripts.ts.
 */
import { csvDocument } from '../../exports/csv-export.ts';
import type { AssessmentEntry, AssessmentFile } from '../../schemas/assessment.ts';
import { score } from '../../scoring/score.ts';
import { answerSet, compactEntries, importSizeProblem, MAX_LISTED_IDS, planImport, readAssessmentFile, type Entries, type ImportProblem } from '../answers.ts';
import type { AssessmentPageData } from '../page-data.ts';
import { ASSESSMENT_DATA_ID, ASSESSMENT_FORMAT, ASSESSMENT_SCHEMA_VERSION } from '../../schemas/assessment-names.ts';
import { download, element, format, isolate, numberFormat, pageData, readStore, today, writeStore } from './browser.ts';

const data = pageData<AssessmentPageData>(ASSESSMENT_DATA_ID);
const strings = data.strings;
const root = document.querySelector<HTMLElement>('[data-assessment]')!;
const form = root.querySelector<HTMLFormElement>('[data-form]')!;
const fileInput = root.querySelector<HTMLInputElement>('[data-import-file]')!;
const number = numberFormat(data.locale);
const percent = numberFormat(data.locale, { style: 'percent' });
const target = { edition: data.edition, template: data.template, practiceIds: data.practices.map((practice) => practice.id) };

// What an untouched page shows: the practices the edition marks not applicable, with its reason.
const defaults: Entries = {};
for (const practice of data.practices) if (practice.notApplicable !== undefined) defaults[practice.id] = { status: 'not-applicable', reason: practice.notApplicable };

const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
const control = (field: string, id: string) => form.elements.namedItem(`${field}:${id}`) as HTMLInputElement | HTMLTextAreaElement | RadioNodeList;

function fileOf(entries: Entries): AssessmentFile {
	return {
		format: ASSESSMENT_FORMAT,
		schemaVersion: ASSESSMENT_SCHEMA_VERSION,
		template: data.template,
		edition: data.edition,
		locale: data.locale,
		saved: new Date().toISOString(),
		answers: compactEntries(entries),
	};
}

function load(): Entries {
	const stored = readStore(data.storageKey);
	const result = stored === null ? undefined : readAssessmentFile(stored, target);
	return result?.ok ? { ...defaults, ...result.entries } : { ...defaults };
}

let entries = load();

function fill() {
	for (const { id } of data.practices) {
		const entry = entries[id] ?? {};
		for (const radio of control('status', id) as RadioNodeList) (radio as HTMLInputElement).checked = (radio as HTMLInputElement).value === entry.status;
		for (const field of ['reason', 'note', 'evidence'] as const) (control(field, id) as HTMLInputElement).value = entry[field] ?? '';
	}
}

function read(id: string): AssessmentEntry {
	const status = (control('status', id) as RadioNodeList).value;
	const entry: AssessmentEntry = status ? { status: status as AssessmentEntry['status'] } : {};
	for (const field of ['reason', 'note', 'evidence'] as const) {
		const value = (control(field, id) as HTMLInputElement).value;
		if (value) entry[field] = value;
	}
	return entry;
}

function message(text: string) {
	out('message').textContent = text;
}

function save() {
	if (!writeStore(data.storageKey, JSON.stringify(fileOf(entries)))) message(strings.storageUnavailable);
}

function render() {
	const result = score(data.practices, answerSet(entries), data.rules);
	// The tier is a live region: rewrite it only when it changes, so that a screen reader announces changes, not keystrokes.
	const tier = result.reached ? strings.tiers[result.reached] : strings.tierNone;
	if (out('tier').textContent !== tier) out('tier').textContent = tier;
	const answered = result.chapters.reduce((sum, chapter) => sum + chapter.answered, 0);
	out('answered').textContent = format(strings.answered, { answered, total: data.practices.length });
	out('points').textContent = format(strings.points, { earned: number.format(result.points.earned), applicable: number.format(result.points.applicable) });
	for (const standing of result.tiers) {
		const met = standing.prerequisitesApplicable - standing.missingPrerequisites.length;
		out(`prerequisites-${standing.tier}`).textContent = format(strings.ratio, { done: met, total: standing.prerequisitesApplicable });
		out(`points-${standing.tier}`).textContent = number.format(standing.pointsNeeded);
		out(`state-${standing.tier}`).textContent = standing.reached ? strings.reached : strings.notReached;
	}
	// Missing prerequisites first, then the points: a gate cannot be bought with points.
	const next = out('next');
	const { next: standing } = result;
	if (!standing) next.replaceChildren(element('p', strings.nextTop));
	else {
		const list = element('ul');
		for (const id of standing.missingPrerequisites) {
			const link = element('a', format(strings.missingPrerequisite, { id: isolate(id), title: data.practices.find((practice) => practice.id === id)!.title }));
			link.href = `#answer-${id}`;
			const item = element('li');
			item.append(link);
			list.append(item);
		}
		if (standing.pointsNeeded > 0)
			list.append(element('li', format(strings.pointsNeeded, { points: number.format(standing.pointsNeeded), percent: percent.format(standing.minPointsPercent / 100) })));
		next.replaceChildren(element('p', format(strings.nextTier, { tier: strings.tiers[standing.tier] })), list);
	}
	for (const chapter of result.chapters) {
		out(`answered-${chapter.chapter}`).textContent = format(strings.ratio, { done: chapter.answered, total: chapter.practices });
		out(`prerequisites-${chapter.chapter}`).textContent = format(strings.ratio, { done: chapter.prerequisitesMet, total: chapter.prerequisitesApplicable });
		out(`points-${chapter.chapter}`).textContent = format(strings.ratio, { done: number.format(chapter.earned), total: number.format(chapter.applicable) });
	}
	for (const { id } of data.practices) {
		const entry = entries[id];
		const notApplicable = entry?.status === 'not-applicable';
		const reason = control('reason', id) as HTMLTextAreaElement;
		reason.closest<HTMLElement>('[data-field]')!.hidden = !notApplicable;
		const missing = notApplicable && !entry.reason?.trim();
		reason.setAttribute('aria-invalid', String(missing));
		// Described by the error only while it shows: a hidden description would still be read out.
		if (missing) reason.setAttribute('aria-describedby', `reason-${id}-error`);
		else reason.removeAttribute('aria-describedby');
		document.getElementById(`reason-${id}-error`)!.hidden = !missing;
	}
	report();
}

/** The printed report: every answer in words, built on each change so that printing needs no event. */
function report() {
	out('report-date').textContent = new Intl.DateTimeFormat(`${data.locale}-u-nu-latn`, { dateStyle: 'long' }).format(new Date());
	out('report-tier').textContent = out('tier').textContent;
	const answers = data.chapters.map((chapter) => {
		const section = element('section', undefined, 'report-chapter');
		section.append(element('h3', `${chapter.code} · ${chapter.title}`));
		for (const practice of data.practices.filter((candidate) => candidate.chapter === chapter.code)) {
			const entry = entries[practice.id] ?? {};
			const item = element('div', undefined, 'report-answer');
			const heading = element('p', undefined, 'report-answer__heading');
			const id = element('bdi', practice.id, 'practice__id');
			id.dir = 'ltr';
			heading.append(
				id,
				` ${practice.title} `,
				element('strong', entry.status ? strings.statuses[entry.status] : strings.unanswered, `report-answer__status report-answer__status--${entry.status ?? 'none'}`),
			);
			item.append(heading);
			for (const field of ['reason', 'note', 'evidence'] as const) {
				if (!entry[field]) continue;
				const line = element('p', undefined, 'report-answer__field');
				line.append(element('span', strings[field], 'report-answer__label'), ` ${entry[field]}`);
				item.append(line);
			}
			section.append(item);
		}
		return section;
	});
	out('report-answers').replaceChildren(...answers);
}

function changed(event: Event) {
	const name = (event.target as HTMLInputElement).name;
	const id = name.slice(name.indexOf(':') + 1);
	if (!target.practiceIds.includes(id)) return;
	entries[id] = read(id);
	save();
	render();
}

const megabytes = numberFormat(data.locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

/** Practice IDs for a sentence: the first few, and how many more. */
function idList(ids: readonly string[], more = Math.max(0, ids.length - MAX_LISTED_IDS)): string {
	const listed = isolate(ids.slice(0, MAX_LISTED_IDS).join(', '));
	return more ? `${listed} ${format(strings.moreIds, { count: number.format(more) })}` : listed;
}

function problemText(problem: ImportProblem): string {
	const values: Record<string, string | number> =
		problem.code === 'too-large'
			? { size: megabytes.format(problem.bytes / 1_000_000), limit: megabytes.format(problem.limit / 1_000_000) }
			: problem.code === 'unknown-practices'
				? { ids: idList(problem.ids, problem.more) }
				: (problem as unknown as Record<string, string>);
	return `${format(strings.problems[problem.code], values)} ${strings.unchanged}`;
}

async function importFile() {
	const file = fileInput.files?.[0];
	fileInput.value = '';
	if (!file) return;
	// Refused by its size before it is read: a huge file would freeze the page.
	const tooLarge = importSizeProblem(file.size);
	if (tooLarge) return message(problemText(tooLarge));
	const result = readAssessmentFile(await file.text(), target);
	// A refused file changes nothing: the reader's answers stay as they were.
	if (!result.ok) return message(problemText(result.problem));
	const plan = planImport(entries, result.entries, defaults);
	if (
		plan.replaced + plan.kept > 0 &&
		!confirm(format(strings.confirmReplace, { replaced: number.format(plan.replaced), added: number.format(plan.added), kept: number.format(plan.kept) }))
	)
		return;
	entries = plan.entries;
	fill();
	save();
	render();
	const parts = [strings.imported];
	if (result.migratedFrom) parts.push(format(strings.migrated, { found: result.migratedFrom, expected: data.template }));
	if (result.dropped.length) parts.push(format(strings.dropped, { ids: idList(result.dropped) }));
	message(parts.join(' '));
}

function exportCsv() {
	const header = ['id', 'chapter', 'title', 'tier', 'kind', 'points', 'status', 'reason', 'note', 'evidence'];
	const rows = data.practices.map((practice) => {
		const entry = entries[practice.id] ?? {};
		return [practice.id, practice.chapter, practice.title, practice.tier, practice.kind, practice.points, entry.status, entry.reason, entry.note, entry.evidence];
	});
	download(`self-assessment-${data.edition}-${data.template}-${today()}.csv`, csvDocument(header, rows), 'text/csv;charset=utf-8');
}

const actions: Record<string, () => void> = {
	'export-json': () => download(`self-assessment-${data.edition}-${data.template}-${today()}.json`, `${JSON.stringify(fileOf(entries), null, 2)}\n`, 'application/json'),
	'export-csv': exportCsv,
	import: () => fileInput.click(),
	print: () => print(),
	clear: () => {
		if (!confirm(strings.confirmClear)) return;
		entries = { ...defaults };
		writeStore(data.storageKey, undefined);
		fill();
		render();
		message(strings.cleared);
	},
};

form.addEventListener('change', changed);
form.addEventListener('input', changed);
fileInput.addEventListener('change', () => void importFile());
root.addEventListener('click', (event) => {
	const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
	if (action) actions[action]?.();
});
fill();
render();
for (const part of root.querySelectorAll<HTMLElement>('[data-enhanced-only]')) part.hidden = false;
for (const part of root.querySelectorAll<HTMLElement>('[data-static-only]')) part.hidden = true;
root.dataset.enhanced = '';
