/**
 * The rules about how content is written, for `npm run lint:content` and
 * `npm run check`: remark-lint's recommended preset (warnings) and the kit's
 * own rules (errors), configured from the publication.
 */
import type { PluggableList } from 'unified';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { LintContext } from './lint-context.ts';
import headingStructure from './rules/heading-structure.ts';
import imageAlt from './rules/image-alt.ts';
import internalLinks from './rules/internal-links.ts';
import practiceId from './rules/practice-id.ts';
import requiredSections from './rules/required-sections.ts';
import useTerms from './rules/use-terms.ts';
import termForms from './rules/term-forms.ts';

export function contentRules(context: LintContext): PluggableList {
	return [
		remarkPresetLintRecommended,
		[practiceId, ['error', { known: context.knownPracticeIds }]],
		[headingStructure, ['error', { reservedAnchors: context.reservedAnchors }]],
		[requiredSections, ['error', { anchors: context.requiredSections }]],
		// Without the publication there is nothing to resolve links against; check reports why.
		[internalLinks, ['error', context.pages ? { pages: context.pages } : undefined]],
		[imageAlt, ['error']],
		[useTerms, ['error', { names: context.institutionNames, phrases: context.genericPhrases }]],
		[termForms, ['error', { contractions: context.termContractions }]],
	];
}
