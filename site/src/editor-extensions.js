// editor-extensions.js holds CodeMirror extensions that other modules add to
// every policy editor (the AWS action catalog's autocomplete and hover).
// They must be registered before the first editor is created.

/** editorExtensions are included in every editor createEditor makes. */
export const editorExtensions = [];
