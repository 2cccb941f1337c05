/** The search page's loader data as its page reads it: the loader's answer, unpacked (app/utils/packed.ts). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { loader, type SearchPageData } from '../../app/routes/zoeken';
import { unpack } from '../../app/utils/packed';

export async function searchPage(args: LoaderFunctionArgs): Promise<SearchPageData> {
  return unpack((await loader(args)).page);
}
