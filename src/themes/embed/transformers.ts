/**
 * Sentence embeddings from a local ONNX model (@huggingface/transformers, feature-extraction), strictly offline:
 * remote models are disabled and the model folder is looked up under `modelsDir` (see src/themes/README.md for
 * how to place e.g. a bge-small-zh export there).
 *
 * Pooling: the option wins; otherwise the model folder's sentence-transformers `1_Pooling/config.json`
 * (pooling_mode_cls_token → 'cls', pooling_mode_mean_tokens → 'mean'); otherwise 'mean'.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Embedder } from '../types.js';

export type Pooling = 'mean' | 'cls';

export interface TransformersEmbedderOptions {
  /** Folder holding model folders (default: models/ in the working directory). */
  modelsDir?: string;
  /** Model folder name under modelsDir, e.g. 'bge-small-zh-v1.5'. */
  model: string;
  pooling?: Pooling;
  /** Statements per forward pass (default 32). */
  batchSize?: number;
  /** ONNX weights variant: 'fp32' reads onnx/model.onnx, 'q8' onnx/model_quantized.onnx (default 'fp32'). */
  dtype?: 'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4';
  /** Statements are cut to this many characters before tokenising (default 256). */
  maxChars?: number;
}

interface FeatureTensor {
  dims: number[];
  data: Float32Array | number[];
}
type Extractor = (texts: string[], opts: { pooling: Pooling; normalize: boolean }) => Promise<FeatureTensor>;

/** Pooling declared by a sentence-transformers export, if any. */
export function poolingFromModelDir(dir: string): Pooling | null {
  const p = join(dir, '1_Pooling', 'config.json');
  if (!existsSync(p)) return null;
  try {
    const cfg = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
    if (cfg.pooling_mode_cls_token === true) return 'cls';
    if (cfg.pooling_mode_mean_tokens === true) return 'mean';
  } catch {
    return null;
  }
  return null;
}

export class TransformersEmbedder implements Embedder {
  readonly name: string;
  private readonly modelsDir: string;
  private extractor: Promise<Extractor> | null = null;
  readonly pooling: Pooling;

  constructor(private readonly opts: TransformersEmbedderOptions) {
    this.modelsDir = resolve(opts.modelsDir ?? 'models');
    this.name = `transformers:${opts.model}`;
    const dir = join(this.modelsDir, opts.model);
    if (!existsSync(join(dir, 'config.json'))) {
      throw new Error(`找不到本地模型: ${dir} 中没有 config.json(模型放置方法见 src/themes/README.md)`);
    }
    this.pooling = opts.pooling ?? poolingFromModelDir(dir) ?? 'mean';
  }

  private load(): Promise<Extractor> {
    this.extractor ??= (async () => {
      const { env, pipeline } = await import('@huggingface/transformers');
      // never reach the network: models come only from the local folder
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.localModelPath = this.modelsDir.endsWith(sep) ? this.modelsDir : this.modelsDir + sep;
      const pipe = await pipeline('feature-extraction', this.opts.model, {
        dtype: this.opts.dtype ?? 'fp32',
        local_files_only: true,
      });
      return pipe as unknown as Extractor;
    })();
    return this.extractor;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const extractor = await this.load();
    const batch = Math.max(1, this.opts.batchSize ?? 32);
    const maxChars = this.opts.maxChars ?? 256;
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batch) {
      const chunk = texts.slice(i, i + batch).map((t) => (t.length > maxChars ? t.slice(0, maxChars) : t) || ' ');
      const tensor = await extractor(chunk, { pooling: this.pooling, normalize: true });
      const dim = tensor.dims[tensor.dims.length - 1] ?? 0;
      const data = tensor.data instanceof Float32Array ? tensor.data : Float32Array.from(tensor.data);
      for (let r = 0; r < chunk.length; r++) {
        const v = data.slice(r * dim, (r + 1) * dim);
        // a zero vector normalises to NaN; keep it zero (similar to nothing) instead
        if (v.some((x) => Number.isNaN(x))) v.fill(0);
        out.push(v);
      }
    }
    return out;
  }
}
