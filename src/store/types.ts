// The store's types, as the views see them: type re-exports only, so a view that imports from here cannot reach
// the store's code (the layering rules allow views this one module of the store; a test checks it exports types only).
export type { CatalogueEntry } from './catalogue-core';
export type { GameStoreState } from './game-store';
export type { Plan } from './plan';
export type { Session } from './session';
export type { Study } from './study';
