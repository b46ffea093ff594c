export * from '../../src/eval/corpora.js';
