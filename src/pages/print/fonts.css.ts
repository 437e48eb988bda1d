/**
 * `print/fonts.css`: the print documents' fonts (src/pdf/print-fonts.ts).
 * Only the print documents link it, and it goes with them once the PDFs are
 * printed.
 */
import type { APIRoute } from 'astro';
import { printFontsCss } from '../../pdf/print-fonts.ts';

export const GET: APIRoute = () => new Response(printFontsCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
