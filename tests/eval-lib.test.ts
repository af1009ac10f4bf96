import { describe, expect, it } from 'vitest';
import { markdownToText } from '../scripts/lib/markdown-text.mjs';

describe('eval: markdown rendered to visible text', () => {
  it('drops images and link targets, keeps link text and undoes escapes', () => {
    const md = '## Head\n\n![alt \\] text](http://x/y%28z%29.jpg)\n*A caption \\(AFP\\)*\n\nSee [the \\[report\\]](http://r/) now.';
    expect(markdownToText(md)).toBe('## Head\n\n\nA caption (AFP)\n\nSee the [report] now.');
  });

  it('removes emphasis marks so that "_word_" is the token "word"', () => {
    expect(markdownToText('It is _very_ **bold** and snake\\_case.')).toBe('It is very bold and snake_case.');
  });

  it('keeps code spans and fenced code as they are, underscores included', () => {
    expect(markdownToText('Use `max_len*2` here.\n\n```\nx_y = 1\n```')).toBe('Use max_len*2 here.\n\n\nx_y = 1\n');
  });

  it('drops list markers, which are numbering and not text', () => {
    expect(markdownToText('1. First\n\n2. Second\n\n- Third\n\n> - Quoted')).toBe('First\n\nSecond\n\nThird\n\n> Quoted');
  });

  it("drops a fenced block's info string and a footnote definition's label, which are not shown", () => {
    expect(markdownToText('```js\nx_y = 1\n```\n\n[^1]: The note.')).toBe('\nx_y = 1\n\n\nThe note.');
  });
});
