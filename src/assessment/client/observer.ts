/**
 * The citizen-observer checklist's script. The page is a printable form
 * without it; this keeps the answers of each polling-place visit on the
 * device as the observer taps, lists the visits, and exports them for the
 * observation mission. Nothing is sent anywhere. Bundled into a classic
 * script by src/build/client-scripts.ts.
 */
import { csvDocument } from '../../exports/csv-export.ts';
import type { ObserverFile, ObserverVisit } from '../../schemas/assessment.ts';
import type { ObserverPageData } from '../page-data.ts';
import { OBSERVER_DATA_ID, OBSERVER_FORMAT, OBSERVER_SCHEMA_VERSION } from '../../schemas/assessment-names.ts';
import { download, element, format, pageData, readStore, today, writeStore } from './browser.ts';

interface Stored {
	/** The visit the form shows. */
	current: string;
	visits: ObserverVisit[];
}

const data = pageData<ObserverPageData>(OBSERVER_DATA_ID);
const strings = data.strings;
const root = document.querySelector<HTMLElement>('[data-observer]')!;
const form = root.querySelector<HTMLFormElement>('[data-form]')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | RadioNodeList;
const newId = () => `v-${Date.now()}`;

function load(): Stored {
	try {
		const stored = JSON.parse(readStore(data.storageKey) ?? 'null') as Stored | null;
		if (stored && typeof stored.current === 'string' && Array.isArray(stored.visits)) return stored;
	} catch {
		// A damaged record: start afresh rather than fail.
	}
	return { current: newId(), visits: [] };
}

const state = load();

function visitOf(id: string): ObserverVisit {
	return state.visits.find((visit) => visit.id === id) ?? { id, place: '', time: '', answers: {} };
}

function fill() {
	const visit = visitOf(state.current);
	(field('place') as HTMLInputElement).value = visit.place;
	(field('time') as HTMLInputElement).value = visit.time;
	(field('remarks') as HTMLInputElement).value = visit.remarks ?? '';
	for (const { id } of data.questions)
		for (const radio of field(`answer:${id}`) as RadioNodeList) (radio as HTMLInputElement).checked = (radio as HTMLInputElement).value === visit.answers[id];
}

function read(): ObserverVisit {
	const answers: ObserverVisit['answers'] = {};
	for (const { id } of data.questions) {
		const value = (field(`answer:${id}`) as RadioNodeList).value;
		if (value === 'yes' || value === 'no') answers[id] = value;
	}
	const remarks = (field('remarks') as HTMLInputElement).value;
	return { id: state.current, place: (field('place') as HTMLInputElement).value, time: (field('time') as HTMLInputElement).value, answers, ...(remarks ? { remarks } : {}) };
}

function save() {
	if (!writeStore(data.storageKey, JSON.stringify(state))) root.querySelector('[data-out="message"]')!.textContent = strings.storageUnavailable;
}

function render() {
	const list = root.querySelector<HTMLElement>('[data-out="visits"]')!;
	const items = state.visits.map((visit) => {
		const answers = Object.values(visit.answers);
		const item = element('li', undefined, visit.id === state.current ? 'visit visit--current' : 'visit');
		const summary = format(strings.visitSummary, {
			place: visit.place || strings.unnamedPlace,
			time: visit.time || strings.noTime,
			yes: answers.filter((answer) => answer === 'yes').length,
			no: answers.filter((answer) => answer === 'no').length,
		});
		item.append(element('span', visit.id === state.current ? `${summary} ${strings.current}` : summary, 'visit__summary'));
		for (const [action, label] of [
			['open', strings.open],
			['delete', strings.delete],
		] as const) {
			const button = element('button', label, 'button button--secondary');
			button.type = 'button';
			button.dataset.action = action;
			button.dataset.visit = visit.id;
			item.append(button);
		}
		return item;
	});
	list.replaceChildren(...items);
	root.querySelector<HTMLElement>('[data-out="no-visits"]')!.hidden = items.length > 0;
}

function changed() {
	const visit = read();
	const index = state.visits.findIndex((candidate) => candidate.id === visit.id);
	const empty = !visit.place && !visit.time && !visit.remarks && !Object.keys(visit.answers).length;
	if (index === -1 && !empty) state.visits.push(visit);
	else if (index !== -1) state.visits[index] = visit;
	save();
	render();
}

function exportFile(): ObserverFile {
	return {
		format: OBSERVER_FORMAT,
		schemaVersion: OBSERVER_SCHEMA_VERSION,
		template: data.template,
		edition: data.edition,
		locale: data.locale,
		saved: new Date().toISOString(),
		questions: data.questions,
		visits: state.visits,
	};
}

function exportCsv() {
	const ids = data.questions.map((question) => question.id);
	const rows = state.visits.map((visit) => [visit.place, visit.time, ...ids.map((id) => visit.answers[id]), visit.remarks]);
	download(`observer-visits-${data.edition}-${data.template}-${today()}.csv`, csvDocument(['place', 'time', ...ids, 'remarks'], rows), 'text/csv;charset=utf-8');
}

const name = () => `observer-visits-${data.edition}-${data.template}-${today()}`;

root.addEventListener('click', (event) => {
	const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
	const visit = button?.dataset.visit;
	switch (button?.dataset.action) {
		case 'new':
			state.current = newId();
			break;
		case 'open':
			state.current = visit!;
			break;
		case 'delete':
			if (!confirm(strings.confirmDelete)) return;
			state.visits = state.visits.filter((candidate) => candidate.id !== visit);
			if (state.current === visit) state.current = newId();
			break;
		case 'export-json':
			return download(`${name()}.json`, `${JSON.stringify(exportFile(), null, 2)}\n`, 'application/json');
		case 'export-csv':
			return exportCsv();
		default:
			return;
	}
	fill();
	save();
	render();
	(field('place') as HTMLInputElement).focus();
});
form.addEventListener('input', changed);
form.addEventListener('change', changed);
fill();
render();
for (const part of root.querySelectorAll<HTMLElement>('[data-enhanced-only]')) part.hidden = false;
root.dataset.enhanced = '';
