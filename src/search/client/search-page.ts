/**
 * The search page's script (a classic script, see src/build/client-scripts.ts).
 * Served over http(s) it uses Pagefind, loaded only now, on this page; opened
 * from disk, or in an offline bundle (which has no Pagefind index), it loads
 * the same records through `<script src>` and searches them with
 * `searchOffline`. The form works without it: it submits `?q=` to this
 * page, and this script runs the query found in the address.
 *
 * Results come a page at a time: the count is of every match, but only the
 * first RESULTS_PAGE are shown (over http, only their Pagefind fragments are
 * fetched), and "Show more results" brings the next page and moves the focus
 * to its first result.
 */
import { offlineIndex, searchOffline, terms, type OfflineRecord, type Stemmer } from './offline-search.ts';
import { RESULTS_PAGE, SEARCH_CONFIG_ID, type SearchConfig } from './search-config.ts';
import type { SearchRecord } from '../search-records.ts';

type Result = Pick<SearchRecord, 'id' | 'title' | 'tier' | 'tierId' | 'chapter' | 'href' | 'statement'>;
interface Query {
	q: string;
	chapter: string;
	tier: string;
}
/** A query's matches: how many, and a page of them on request. */
interface Found {
	total: number;
	page(start: number, count: number): Promise<Result[]>;
}
type Engine = (query: Query) => Promise<Found>;

const config = JSON.parse(document.getElementById(SEARCH_CONFIG_ID)!.textContent!) as SearchConfig;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
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
	const global = window as unknown as Record<string, { records: OfflineRecord[] } | undefined>;
	if (!global[config.offlineGlobal]) await loadScript(config.offlineIndex);
	const index = offlineIndex(global[config.offlineGlobal]!.records, await languageStemmer());
	return async ({ q, chapter, tier }) => {
		const hits = searchOffline(index, q, { chapter, tier });
		return { total: hits.length, page: async (start, count) => hits.slice(start, start + count).map((hit) => hit.record) };
	};
}

interface PagefindResult {
	data(): Promise<{ meta: Record<string, string> }>;
}
interface Pagefind {
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

async function pagefindEngine(script: string): Promise<Engine> {
	const url = new URL(script, document.baseURI).href;
	const pagefind = (await import(url)) as Pagefind;
	return async ({ q, chapter, tier }) => {
		const filters: Record<string, string> = {};
		if (chapter) filters.chapter = chapter;
		if (tier) filters.tier = tier;
		const { results } = await pagefind.search(q, { filters });
		return {
			total: results.length,
			// Only the results shown fetch their fragment.
			page: async (start, count) =>
				(await Promise.all(results.slice(start, start + count).map((result) => result.data()))).map(({ meta }) => ({
					id: meta.id!,
					title: meta.title!,
					tier: meta.tier!,
					tierId: meta.tierId as Result['tierId'],
					chapter: meta.chapter!,
					href: meta.href!,
					statement: meta.statement!,
				})),
		};
	};
}

let engine: Promise<Engine> | undefined;
function searchEngine(): Promise<Engine> {
	engine ??= location.protocol === 'file:' || !config.pagefind ? offlineEngine() : pagefindEngine(config.pagefind).catch(() => offlineEngine());
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

function resultItem(result: Result, query: Query, stem: Stemmer): HTMLLIElement {
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
}

/** "46 practices found", and how many are shown while not all are. */
function statusText(total: number, shown: number): string {
	if (total === 0) return config.strings.noResults;
	const found = (config.strings.results[plural.select(total)] ?? config.strings.results.other ?? '').replace('{{count}}', String(total));
	return shown < total ? config.strings.shown.replace('{{found}}', found).replace('{{shown}}', String(shown)) : found;
}

/** The query being shown: its matches and how many are listed. A newer query replaces it. */
let current: { found: Found; query: Query; stem: Stemmer; shown: number } | undefined;

/** Lists the next page of the current query's results; returns the first new item. */
async function showNext(): Promise<HTMLLIElement | undefined> {
	const shown = current;
	if (!shown) return undefined;
	const page = await shown.found.page(shown.shown, RESULTS_PAGE);
	if (current !== shown) return undefined; // a newer query came first
	const items = page.map((result) => resultItem(result, shown.query, shown.stem));
	list.append(...items);
	shown.shown += items.length;
	more.hidden = shown.shown >= shown.found.total;
	status.textContent = statusText(shown.found.total, shown.shown);
	return items[0];
}

/** The query submitted last: an earlier one that finishes after it is not shown. */
let latest: Query | undefined;

async function run(query: Query): Promise<void> {
	if (!query.q.trim()) return;
	status.textContent = config.strings.searching;
	latest = query;
	current = undefined;
	more.hidden = true;
	try {
		const [engine, stem] = await Promise.all([searchEngine(), languageStemmer()]);
		const found = await engine(query);
		if (latest !== query) return;
		current = { found, query, stem, shown: 0 };
		list.replaceChildren();
		await showNext();
	} catch {
		status.textContent = config.strings.failed;
	}
}

more.addEventListener('click', () => {
	more.disabled = true;
	showNext()
		.then((first) => first?.querySelector<HTMLAnchorElement>('a')?.focus())
		.catch(() => {
			status.textContent = config.strings.failed;
		})
		.finally(() => {
			more.disabled = false;
		});
});

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
