/** JSON that is safe inside `<script type="application/json">`: no `</script>` or `<!--` can close or confuse it. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
