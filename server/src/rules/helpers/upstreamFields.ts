import { normaliseUrl } from '../../model/links';
import type { Field, Idea } from '../../model/types';

export function upstreamFields(idea: Idea): Field[] {
  return idea.fields.filter((f) => f.label === 'Upstream Issue');
}

/** The LFX project page, which published READMEs sometimes carry under the upstream issue; never an upstream issue itself. */
const LFX_PROJECT = /^https?:\/\/mentorship\.lfx\.linuxfoundation\.org\//i;

/** The field's upstream URLs, one per normalised form, in the order written. */
export function distinctUrls(field: Field): readonly { url: string; key: string }[] {
  let urls = urlsOf.get(field);
  if (!urls) {
    urls = readUrls(field);
    urlsOf.set(field, urls);
  }
  return urls;
}

/** A field's URLs, read once: fields of the sections an edit did not touch are the same objects in the next model. */
const urlsOf = new WeakMap<Field, { url: string; key: string }[]>();

function readUrls(field: Field): { url: string; key: string }[] {
  const seen = new Set<string>();
  const out: { url: string; key: string }[] = [];
  for (const link of field.links) {
    if (LFX_PROJECT.test(link.url)) continue;
    const key = normaliseUrl(link.url);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ url: link.url, key });
  }
  return out;
}
