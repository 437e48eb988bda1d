/** What a translation kit says it is, in XLIFF's own attributes: the product and the tool that wrote it. Kits are for the base template; editions carry their own text. */
export const KIT_PRODUCT = 'Clean Elections Template';
export const KIT_TOOL_ID = 'clean-elections-template';
