// What this build of split-ship carries. The ESM build and `dist/split-ship-headless.js` carry the
// GraphQL gateway; `dist/split-ship.js` (a Stencil theme's one file) replaces this module with
// one that says false and leaves the gateway out, so the REST path does not pay for it.
export const graphqlIncluded: boolean = true;
