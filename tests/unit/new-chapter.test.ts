/**
 * `npm run new:chapter`, on a copy of the project: the skeleton is a draft
 * chapter with the required sections, an example practice and the
 * contributor fields, and it passes check and lint:content at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-publication-fs.ts';

const project = path.resolve(import.meta.dirname, '../..');
let work: string;
const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: work, encoding: 'utf8' });

beforeAll(() => {
	work = mkdtempSync(path.join(os.tmpdir(), 'cet-new-chapter-'));
	for (const entry of ['content', 'locales', 'src', 'scripts', 'package.json']) cpSync(path.join(project, entry), path.join(work, entry), { recursive: true });
	symlinkSync(path.join(project, 'node_modules'), path.join(work, 'node_modules'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new:chapter', () => {
	it('writes a draft chapter that passes check and lint:content at once', () => {
		const created = node('scripts/new-chapter.ts', 'voter-registration', '--code', 'VRG', '--contributor', 'Jane Doe', '--organisation', 'Elections Observatory: Research');
		expect(created.status, created.stderr).toBe(0);
		expect(created.stdout).toContain('content/chapters/en/voter-registration.mdx created: chapter VRG, order 13, status draft.');

		const checked = node('scripts/check.ts');
		expect(checked.stderr).toBe('');
		expect(checked.status).toBe(0);
		const linted = node('scripts/lint-content.ts');
		expect(linted.stderr).toBe('');
		expect(linted.status).toBe(0);

		const chapter = loadContent(work).publication!.chapters.find((candidate) => candidate.data.slug === 'voter-registration')!;
		expect(chapter.data).toMatchObject({
			code: 'VRG',
			order: 13,
			title: 'Voter registration',
			status: 'draft',
			pillar: 'govern',
			contributors: [{ name: 'Jane Doe', organisation: 'Elections Observatory: Research' }],
			practices: [{ id: 'VRG-1', tier: 'silver', kind: 'credit', points: 1 }],
		});
		const text = readFileSync(path.join(work, 'content/chapters/en/voter-registration.mdx'), 'utf8');
		for (const heading of ['## Why this matters {#why}', '## Threats addressed {#threats}', '## Adapting this chapter {#adapting}']) expect(text).toContain(heading);
	}, 120_000);

	it('refuses a code or a slug already taken, a reserved slug and malformed arguments, saying why', () => {
		expect(node('scripts/new-chapter.ts', 'another', '--code', 'INC').stderr).toContain(
			'The code INC is already used by content/chapters/en/critical-incident-protocol.mdx. Choose another.',
		);
		expect(node('scripts/new-chapter.ts', 'critical-incident-protocol', '--code', 'NEW').stderr).toContain('content/chapters/en/critical-incident-protocol.mdx already exists.');
		expect(node('scripts/new-chapter.ts', 'contributors', '--code', 'NEW').stderr).toContain('The slug contributors is reserved for a page of the site.');
		expect(node('scripts/new-chapter.ts', 'Voter_Registration', '--code', 'NEW').stderr).toContain('is not kebab-case');
		expect(node('scripts/new-chapter.ts', 'another', '--code', 'new1').stderr).toContain('is not 2 to 4 capital letters');
		expect(node('scripts/new-chapter.ts', 'another', '--code', 'NEW', '--pillar', 'elsewhere').stderr).toContain('Unknown pillar "elsewhere"');
		const missing = node('scripts/new-chapter.ts', 'another');
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('Usage: npm run new:chapter -- <slug> --code XYZ');
	}, 120_000);
});
