/**
 * A plain static server for the browser tests. It serves `dist/` under a
 * sub-path (`/mirror/cet/`), so the tests prove the site works away from the
 * root of a domain, as it would on any static host.
 *
 * Usage: node tests/browser/support/serve.ts [--port 4517] [--dir dist] [--prefix /mirror/cet/]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4517' }, dir: { type: 'string', default: 'dist' }, prefix: { type: 'string', default: '/mirror/cet/' } },
});
const root = path.resolve(values.dir);
const prefix = values.prefix;
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
};

createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const pathname = decodeURIComponent(url.pathname);
	// Readiness probe for Playwright, which starts this server before the build exists.
	if (pathname === '/__ready') {
		response.writeHead(200).end('ready');
		return;
	}
	if (!pathname.startsWith(prefix)) {
		response.writeHead(404).end('outside the site');
		return;
	}
	let file = path.join(root, pathname.slice(prefix.length));
	if (!file.startsWith(root)) {
		response.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
	if (!existsSync(file)) {
		const notFound = path.join(root, '404.html');
		response.writeHead(404, { 'content-type': types['.html']! });
		if (existsSync(notFound)) createReadStream(notFound).pipe(response);
		else response.end('not found');
		return;
	}
	response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(values.port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${values.port}${prefix}`));
