import { beforeAll, describe, expect, it } from 'vitest';
import { TransformersEmbedder, poolingFromModelDir } from '../../src/themes/embed/transformers.js';
import { buildThemes } from '../../src/themes/build.js';
import { writeTinyOnnxModel, type TinyModel } from '../helpers/tiny-onnx.js';
import { SYNTHETIC, syntheticItems } from './fixtures.js';
import { join } from 'node:path';
import { at } from '../../src/util/at.js';

const texts = SYNTHETIC.map((s) => s.text);
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * at(b, i), 0);

describe('TransformersEmbedder on a tiny local ONNX model (offline)', () => {
  let tiny: TinyModel;
  let clsTiny: TinyModel;
  beforeAll(() => {
    tiny = writeTinyOnnxModel(texts, { dim: 24 });
    clsTiny = writeTinyOnnxModel(texts, { dim: 24, pooling: 'cls' });
  });

  it('loads the model folder, embeds in batches and mean-pools to unit vectors', async () => {
    const e = new TransformersEmbedder({ modelsDir: tiny.modelsDir, model: tiny.model, batchSize: 4 });
    expect(e.pooling).toBe('mean');
    const v = await e.embed(texts);
    expect(v).toHaveLength(texts.length);
    for (const x of v) {
      expect(x).toHaveLength(24);
      expect(dot(x, x)).toBeCloseTo(1, 4);
    }
    // batching does not change the vectors (padding is masked out of the mean)
    const one = await new TransformersEmbedder({ modelsDir: tiny.modelsDir, model: tiny.model, batchSize: 1 }).embed(texts.slice(0, 5));
    for (let i = 0; i < 5; i++) expect(dot(at(one, i), at(v, i))).toBeCloseTo(1, 4);
    // statements sharing characters are closer than unrelated ones
    expect(dot(at(v, 0), at(v, 3))).toBeGreaterThan(dot(at(v, 0), at(v, 13)));
  });

  it('takes the pooling from the model’s 1_Pooling/config.json (cls: every text gets the [CLS] vector here)', async () => {
    expect(poolingFromModelDir(join(clsTiny.modelsDir, clsTiny.model))).toBe('cls');
    const e = new TransformersEmbedder({ modelsDir: clsTiny.modelsDir, model: clsTiny.model });
    expect(e.pooling).toBe('cls');
    const v = await e.embed(texts.slice(0, 3));
    expect(dot(at(v, 0), at(v, 1))).toBeCloseTo(1, 5);
    // the option overrides the folder
    const mean = await new TransformersEmbedder({ modelsDir: clsTiny.modelsDir, model: clsTiny.model, pooling: 'mean' }).embed(texts.slice(0, 3));
    expect(dot(at(mean, 0), at(mean, 1))).toBeLessThan(0.99);
  });

  it('drives buildThemes end to end', async () => {
    const e = new TransformersEmbedder({ modelsDir: tiny.modelsDir, model: tiny.model });
    const report = await buildThemes(syntheticItems(), { embedder: e, distanceThreshold: 0.3 });
    expect(report.embedder).toBe('transformers:tiny-bert-zh');
    expect(report.assignments.every((a) => a.theme !== null)).toBe(true);
    expect(report.themes.reduce((s, t) => s + t.size, 0)).toBe(SYNTHETIC.length);
  });

  it('refuses a missing model folder with a Chinese message instead of downloading', () => {
    expect(() => new TransformersEmbedder({ modelsDir: tiny.modelsDir, model: 'bge-small-zh' })).toThrow(/找不到本地模型/);
  });
});
