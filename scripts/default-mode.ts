/**
 * `npm start` serves production mode; `npm run dev` (which passes --dev) development mode. An
 * explicit NODE_ENV wins. Imported first by scripts/start.ts, before anything reads NODE_ENV.
 */
process.env.NODE_ENV ??= process.argv.includes('--dev') ? 'development' : 'production';
export {};
