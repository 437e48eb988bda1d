/** The names of an offline bundle, which the downloads page and the build agree on. */
export function bundleName(edition: string, locale: string): string {
	return `${edition}-${locale}.zip`;
}

/** The folder every entry sits in, so unzipping never scatters files. @example clean-elections-template-base-en */
export function bundleFolder(edition: string, locale: string): string {
	return `clean-elections-template-${edition}-${locale}`;
}
