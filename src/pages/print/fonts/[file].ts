/**
 * `print/fonts/<file>.woff2`: each face of src/pdf/print-fonts.ts, copied
 * from its `@fontsource` package for the print documents, removed with them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PRINT_FONT_FACES, printFontBytes, printFontFile, type PrintFontFace } from '../../../pdf/print-fonts.ts';

export const getStaticPaths = (() => PRINT_FONT_FACES.map((face) => ({ params: { file: printFontFile(face) }, props: { face } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ face: PrintFontFace }> = ({ props }) => new Response(printFontBytes(props.face), { headers: { 'Content-Type': 'font/woff2' } });
