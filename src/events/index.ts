export * from './split-ship-change.js';
export * from './split-ship-complete.js';
export * from './split-ship-error.js';
