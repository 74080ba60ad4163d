// The layering of src/, checked by dependency-cruiser in `npm test` (test/unit/layering.test.ts and
// scripts/test-all.mjs). Each rule forbids one kind of import; a rule's comment is what a violation prints.
//
// Parser: swc, because dependency-cruiser reads TypeScript through the TypeScript compiler's JavaScript API, which
// TypeScript 7 no longer has. swc reports every import, type-only ones included, without telling them apart, so a
// type-only import counts like any other: a widget that imports a type from the store does depend on the store.
//
// No rule against cycles yet: src/sim/types.ts and src/sim/ai/opponent-model.ts import types from each other.

/** Tests may reach across layers to build their fixtures; the rules are about production code. */
const TESTS = '\\.test\\.ts$';

/** The only packages the core may use: pure, engine-independent, small. */
const SIM_LIBRARIES = ['pure-rand', 'yaml', 'zod'];

/** Where pages and scenes meet: scene keys, PageContext, where a game starts and resumes. */
const NAVIGATION = '^src/navigation(\\.ts$|/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'sim-is-self-contained',
      comment: 'src/sim imports nothing from the layers above it.',
      severity: 'error',
      from: { path: '^src/sim/', pathNot: TESTS },
      to: { path: '^src/', pathNot: '^src/sim/' },
    },
    {
      name: 'sim-uses-declared-libraries',
      comment: `src/sim imports no Node built-in and no package but its declared libraries: ${SIM_LIBRARIES.join(', ')}.`,
      severity: 'error',
      from: { path: '^src/sim/', pathNot: TESTS },
      to: { pathNot: ['^src/', `(^|/)node_modules/(${SIM_LIBRARIES.join('|')})/`] },
    },
    {
      name: 'share-and-authoring-build-on-sim-only',
      comment: 'src/share and src/authoring import only src/sim (and libraries), besides themselves.',
      severity: 'error',
      from: { path: '^src/(share|authoring)/', pathNot: TESTS },
      to: { path: '^src/', pathNot: ['^src/sim/', '^src/$1/'] },
    },
    {
      name: 'store-knows-no-screen',
      comment: 'src/store imports no scene, widget, page or view, and not the shell: screens depend on the store, not the reverse.',
      severity: 'error',
      from: { path: '^src/store/', pathNot: TESTS },
      to: { path: ['^src/(scenes|ui|pages|views)/', '^src/shell\\.ts$'] },
    },
    {
      name: 'views-build-on-sim-share-and-store-types',
      comment:
        "src/views imports src/sim, src/share and the store's types only. swc cannot tell a type-only import from " +
        'a value import, so the store types a view may use are re-exported by one module, src/store/types.ts (types only).',
      severity: 'error',
      from: { path: '^src/views/', pathNot: TESTS },
      to: { path: '^src/', pathNot: ['^src/(sim|share|views)/', '^src/store/types\\.ts$'] },
    },
    {
      name: 'widgets-take-plain-data',
      comment: 'src/ui (widgets) imports no store and no scene: a widget takes view types or plain data.',
      severity: 'error',
      from: { path: '^src/ui/', pathNot: TESTS },
      to: { path: '^src/(store|scenes)/' },
    },
    {
      name: 'pages-do-not-import-scenes',
      comment: 'Pages and scenes meet only through the navigation module (src/navigation*).',
      severity: 'error',
      from: { path: '^src/pages/', pathNot: TESTS },
      to: { path: '^src/scenes/' },
    },
    {
      name: 'scenes-do-not-import-pages',
      comment: 'Pages and scenes meet only through the navigation module (src/navigation*).',
      severity: 'error',
      from: { path: '^src/scenes/', pathNot: TESTS },
      to: { path: '^src/pages/' },
    },
    {
      name: 'navigation-is-neutral-ground',
      comment: 'The navigation module is where pages and scenes meet, so it imports no scene.',
      severity: 'error',
      from: { path: NAVIGATION },
      to: { path: '^src/scenes/' },
    },
    {
      name: 'navigation-loads-pages-on-demand',
      comment: 'The navigation module names each page by a dynamic import(), so a page loads on first visit only.',
      severity: 'error',
      from: { path: NAVIGATION },
      to: { path: '^src/pages/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'classroom-protocol-is-shared-ground',
      comment:
        'src/classroom (the wire protocol, seat views, the bot and teacher clients) is shared by the browser and the server: ' +
        'it imports only src/sim and itself, and no Node built-in.',
      severity: 'error',
      from: { path: '^src/classroom/', pathNot: TESTS },
      to: { path: '^src/', pathNot: '^src/(sim|classroom)/' },
    },
    {
      name: 'classroom-protocol-runs-in-the-browser',
      comment: 'src/classroom runs in the browser too, so it imports no Node built-in.',
      severity: 'error',
      from: { path: '^src/classroom/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-knows-no-screen',
      comment:
        'The classroom server (src/server) runs in Node: it may use the core, sharing, the protocol and pure store and view ' +
        'modules, never Phaser, a scene, a widget, a page or the browser platform.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: TESTS },
      to: { path: ['^src/(scenes|ui|pages|workbench|platform|navigation)/', '^src/(main|app|shell)\\.ts$', '(^|/)node_modules/phaser/'] },
    },
    {
      name: 'browser-never-imports-the-server',
      comment: 'Nothing outside src/server imports it, nor the server-side Colyseus packages: the browser talks to it through src/classroom.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/server/', TESTS] },
      to: { path: ['^src/server/', '(^|/)node_modules/@colyseus/(core|ws-transport|redis-presence|redis-driver)/'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves to a file or an installed package (a rule can only see what it can resolve).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
    // Resolve packages the way Vite and Node do, through their "exports" maps (pure-rand/distribution/…).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
