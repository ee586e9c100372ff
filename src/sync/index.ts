export * from './engine.js';
export * from './storage.js';
