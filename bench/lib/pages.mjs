// The bench's input: the Scrapinghub pages, decoded once with copydesk's own decoder (the
// string parseArticle would work on), before any timing starts.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

/** @returns {Array<{ id: string, url: string, html: string, bytes: number }>} */
export function loadPages(datasets, decodeHtml, limit = Number.POSITIVE_INFINITY) {
  const dir = join(datasets, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
  return files.map((file) => {
    const id = file.slice(0, -'.html.gz'.length);
    const buf = gunzipSync(readFileSync(join(dir, 'html', file)));
    return { id, url: truth[id]?.url ?? 'https://example.com/', html: decodeHtml(new Uint8Array(buf)), bytes: buf.length };
  });
}
