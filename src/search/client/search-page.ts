/**
 * The search page's script (a classic script, see src/build/client-scripts.ts).
 * Served over http(s) it uses Pagefind, loaded only now, on this page; opened
 * from disk it loads the same records through `<script src>` and searches them
 * with `searchOffline`. The form works without it: it submits `?q=` to this
 * page, and this script runs the query found in the address.
 */
import { offlineIndex, searchOffline, terms, type Stemmer } from './offline-search.ts';
import { SEARCH_CONFIG_ID, type SearchConfig } from './search-config.ts';
import type { SearchRecord } from '../search-records.ts';

type Result = Pick<SearchRecord, 'id' | 'title' | 'tier' | 'tierId' | 'chapter' | 'href' | 'statement'>;
interface Query {
	q: string;
	chapter: string;
	tier: string;
}
type Engine = (query: Query) => Promise<Result[]>;

const config = JSON.parse(document.getElementById(SEARCH_CONFIG_ID)!.textContent!) as SearchConfig;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const plural = new Intl.PluralRules(document.documentElement.lang);

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(script);
	});
}

/** The language's stemmer, loaded once by `<script src>` (it also serves to highlight what matched). */
let stemmer: Promise<Stemmer> | undefined;
function languageStemmer(): Promise<Stemmer> {
	stemmer ??= (async () => {
		const global = window as unknown as Record<string, Stemmer | undefined>;
		if (config.stemmer && !global[config.stemmerGlobal]) await loadScript(config.stemmer).catch(() => undefined);
		return global[config.stemmerGlobal] ?? ((word: string) => word);
	})();
	return stemmer;
}

async function offlineEngine(): Promise<Engine> {
	const global = window as unknown as Record<string, { records: SearchRecord[] } | undefined>;
	if (!global[config.offlineGlobal]) await loadScript(config.offlineIndex);
	const index = offlineIndex(global[config.offlineGlobal]!.records, await languageStemmer());
	return async ({ q, chapter, tier }) => searchOffline(index, q, { chapter, tier }).map((hit) => hit.record);
}

interface PagefindResult {
	data(): Promise<{ meta: Record<string, string> }>;
}
interface Pagefind {
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

async function pagefindEngine(): Promise<Engine> {
	const url = new URL(config.pagefind, document.baseURI).href;
	const pagefind = (await import(url)) as Pagefind;
	return async ({ q, chapter, tier }) => {
		const filters: Record<string, string> = {};
		if (chapter) filters.chapter = chapter;
		if (tier) filters.tier = tier;
		const found = await pagefind.search(q, { filters });
		const data = await Promise.all(found.results.map((result) => result.data()));
		return data.map(({ meta }) => ({
			id: meta.id!,
			title: meta.title!,
			tier: meta.tier!,
			tierId: meta.tierId as Result['tierId'],
			chapter: meta.chapter!,
			href: meta.href!,
			statement: meta.statement!,
		}));
	};
}

let engine: Promise<Engine> | undefined;
function searchEngine(): Promise<Engine> {
	engine ??= location.protocol === 'file:' ? offlineEngine() : pagefindEngine().catch(() => offlineEngine());
	return engine;
}

/** The statement, with the words that match the query marked. */
function highlighted(text: string, query: string, stem: Stemmer): DocumentFragment {
	const wanted = terms(query, stem);
	const fragment = document.createDocumentFragment();
	for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
		const [term] = part ? terms(part, stem) : [];
		if (term && wanted.some((candidate) => term.startsWith(candidate))) {
			const mark = document.createElement('mark');
			mark.textContent = part;
			fragment.append(mark);
		} else fragment.append(part);
	}
	return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

function render(results: Result[], query: Query, stem: Stemmer): void {
	list.replaceChildren(
		...results.map((result) => {
			const id = element('bdi', 'practice__id', result.id);
			id.dir = 'ltr';
			const link = element('a', 'search-result__link', id, ' ', result.title);
			link.href = result.href;
			const badge = element('span', `badge badge--${result.tierId}`, element('span', 'visually-hidden', `${config.strings.tierLabel} `), result.tier);
			return element(
				'li',
				'search-result',
				link,
				element('p', 'search-result__meta', badge, ' ', result.chapter),
				element('p', 'search-result__statement', highlighted(result.statement, query.q, stem)),
			);
		}),
	);
	const count = results.length;
	status.textContent =
		count === 0 ? config.strings.noResults : (config.strings.results[plural.select(count)] ?? config.strings.results.other ?? '').replace('{{count}}', String(count));
}

async function run(query: Query): Promise<void> {
	if (!query.q.trim()) return;
	status.textContent = config.strings.searching;
	try {
		const [engine, stem] = await Promise.all([searchEngine(), languageStemmer()]);
		render(await engine(query), query, stem);
	} catch {
		status.textContent = config.strings.failed;
	}
}

function readForm(): Query {
	const data = new FormData(form);
	return { q: String(data.get('q') ?? ''), chapter: String(data.get('chapter') ?? ''), tier: String(data.get('tier') ?? '') };
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = readForm();
	try {
		history.replaceState(null, '', `?${new URLSearchParams({ ...query }).toString()}`);
	} catch {
		// Some browsers refuse to change a file:// address; the search still runs.
	}
	void run(query);
});

// A query that arrived in the address (from the search box in every page's header).
const params = new URLSearchParams(location.search);
for (const name of ['q', 'chapter', 'tier'] as const) {
	const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
	const value = params.get(name);
	if (field && value) field.value = value;
}
void run(readForm());
