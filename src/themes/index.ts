/**
 * The themes stage: problem statements per report (extractProblems) and cross-report themes (buildThemes).
 */
export { extractProblems, statementText } from './extract.js';
export { buildThemes, withThemes, classTfIdf, headline, bodyOf, OUTLIER_THEME } from './build.js';
export { LsaEmbedder, type LsaOptions } from './embed/lsa.js';
export { TransformersEmbedder, poolingFromModelDir, type TransformersEmbedderOptions, type Pooling } from './embed/transformers.js';
export { clusterVectors, type ClusterOptions, type Clustering } from './cluster.js';
export type * from './types.js';
export { problemItems, makeEmbedder, type EmbedderChoice } from './setup.js';
