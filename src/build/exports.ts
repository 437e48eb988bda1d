/** Post-build step: write the export files (JSON, CSV, OSCAL, JSON Schemas) into the output folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DownloadFile } from '../exports/export-files.ts';

export function writeExports(outDir: string, exports: readonly DownloadFile[]): void {
	for (const file of exports) {
		mkdirSync(path.dirname(path.join(outDir, file.path)), { recursive: true });
		writeFileSync(path.join(outDir, file.path), file.content);
	}
}
