/** The headers of a personal answer (signed-in pages, forms, 404s of private things): never stored. */
export const noStore = { 'Cache-Control': 'private, no-store' } as const;
