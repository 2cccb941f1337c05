/** The search page's loader data as its page reads it: the loader's answer, unpacked (app/domain/packed.ts). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { loader, type SearchPageData } from '../../app/routes/zoeken';
import { unpack } from '../../app/domain/packed';

export async function searchPage(args: LoaderFunctionArgs): Promise<SearchPageData> {
  return unpack((await loader(args)).page);
}
