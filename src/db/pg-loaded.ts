// Loads pg quickly (see node-navigator.ts): import this before anything that imports pg. The
// order of these imports is the point: ES modules run their imports in order, first to last.
import { removeNavigator } from './node-navigator.js';
import pg from 'pg';

removeNavigator();

/** pg, loaded; used so that no bundler drops the import as unused. */
export const pgLoaded = typeof pg.Client === 'function';
