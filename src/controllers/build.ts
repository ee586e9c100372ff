// What this build of split-ship carries. The ESM build carries both gateways, each loaded when a
// widget first uses it. The single files carry one: `dist/split-ship.js` (a Stencil theme's file)
// replaces this module with one where graphqlIncluded is false and leaves the GraphQL gateway out;
// `dist/split-ship-headless.js` has restIncluded false and leaves out the checkout SDK, which
// cannot run on another origin anyway. So neither path pays for the other.
export const graphqlIncluded: boolean = true;
export const restIncluded: boolean = true;
