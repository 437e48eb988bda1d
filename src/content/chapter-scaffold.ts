/**
 * The skeleton of a new chapter, as `npm run new:chapter` writes it: every
 * field the schema needs, the required sections, one example practice and
 * the contributor fields, each with a line on what to write. It is a draft
 * that passes `npm run check` and `npm run lint:content` as it stands.
 * Pure: `scripts/new-chapter.ts` decides the values and writes the file.
 */
import type { PillarId } from '../schemas/pillar.ts';

export interface ChapterScaffold {
	/** @example voter-registration */
	slug: string;
	/** @example VRG */
	code: string;
	/** The next free position. @example 13 */
	order: number;
	/** @example Voter registration */
	title: string;
	pillar: PillarId;
	/** Today, as YYYY-MM-DD. */
	reviewed: string;
	/** The first free practice number of the code (1, unless IDs of this code were retired). */
	practiceNumber: number;
	contributor: { name: string; organisation?: string };
}

/** "voter-registration" → "Voter registration". */
export function titleFromSlug(slug: string): string {
	const words = slug.split('-').join(' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** YAML text that reads back as exactly `text`. */
const quote = (text: string) => JSON.stringify(text);

export function chapterScaffold(chapter: ChapterScaffold): string {
	const id = `${chapter.code}-${chapter.practiceNumber}`;
	const organisation = chapter.contributor.organisation
		? `    organisation: ${quote(chapter.contributor.organisation)}`
		: '    # organisation: Your organisation          # optional';
	return `---
# A new chapter of the Clean Elections Template, written by npm run new:chapter.
# It is a draft: replace every placeholder, then run npm run check.
# CONTRIBUTING.md explains each part; src/schemas/chapter.ts and
# src/schemas/practice.ts describe every field, with an example.
slug: ${chapter.slug}                     # the file name; it never changes
code: ${chapter.code}                     # the prefix of every practice ID: ${chapter.code}-1, ${chapter.code}-2…
order: ${chapter.order}                   # the chapter's position in the template
title: ${quote(chapter.title)}
summary: >-
  One or two sentences: what this chapter requires of a country, and why.
pillar: ${chapter.pillar}                 # govern | protect | inform | respond | transparency
status: draft                  # draft until the review is done; then stable
reviewed: ${chapter.reviewed}             # the date of the last review, YYYY-MM-DD
contributors:                  # credited on the chapter and on the Contributors page
  - name: ${quote(chapter.contributor.name)}
${organisation}
sources: []
# Cite every source of a fact by title, publisher and year; never copy text.
#   - title: Title of the report or law
#     publisher: Who published it
#     year: 2024
#     url: https://www.example.org/report
practices:
  # One verifiable requirement each. IDs are never reused or renumbered:
  # the next practice is ${chapter.code}-${chapter.practiceNumber + 1}.
  - id: ${id}
    title: State the requirement in a few words
    statement: >-
      Write one imperative sentence that an assessor can answer yes or no,
      such as: publish the list of polling stations at least 30 days before
      polling day.
    rationale: >-
      Explain why the practice matters and which threat it answers, with
      facts from the public record and their sources.
    implementation:
      - Write each concrete step as one imperative sentence.
    evidence:
      - Name a document, a record or a demonstration that an assessor can inspect.
    tier: silver               # silver | gold | platinum
    kind: credit               # prerequisite (a gate, no points) or credit (1 to 3 points)
    points: 1
    observable: false          # can a citizen observer check it on election day?
    tags: []
---

One paragraph that introduces the chapter: the area of practice it covers, and whom it asks to act.

## Why this matters {#why}

The problem, with facts from the public record: what has gone wrong, where and when, and what it cost. Cite each fact under \`sources\`.

## Threats addressed {#threats}

- One threat per item, in one sentence.

## Adapting this chapter {#adapting}

What an edition may change for its country's system, and what it should never weaken. Name institutions through terms, such as <Term id="emb" />, so that each edition can put its own.
`;
}
