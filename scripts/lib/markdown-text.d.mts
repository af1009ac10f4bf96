/** Text of a copydesk markdown document: images and link targets dropped, escapes undone. */
export function markdownToText(markdown: string): string;
