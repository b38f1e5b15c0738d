// The environment the tests give a spawned CLI: a clean one (no colour or pager settings from whoever runs the
// tests), and no attribution cache, so that no test writes to the user's cache folder and every run attributes
// (test/e2e/cache.test.ts gives the cache a folder of its own).
export const CHILD_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ARTICLE_READER_CACHE: 'off' };
