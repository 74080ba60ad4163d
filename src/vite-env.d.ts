/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' only in `vite build --mode test` (see .env.test): compiles in window.__STANDOFF__. */
  readonly VITE_TEST_HOOKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
