/**
 * A tiny BERT-shaped ONNX model written from scratch into a temporary folder, so the transformers embedder can be
 * tested end to end offline: config.json (model_type bert), tokenizer.json (BertNormalizer with
 * handle_chinese_chars, BertPreTokenizer, WordPiece over single characters), tokenizer_config.json and
 * onnx/model.onnx — one Gather from an embedding initializer to last_hidden_state, inputs input_ids and
 * attention_mask (token_type_ids too, as BERT tokenizers emit it).
 *
 * Each character's embedding is a fixed pseudo-random vector, so mean pooling makes statements that share
 * characters similar, while 'cls' pooling (no attention here) gives every text the [CLS] vector: enough to see
 * that loading, batching and the chosen pooling really run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { mulberry32 as prng } from '../../src/util/random.js';
import { tempDir } from './tmp.js';

const { onnx } = onnxProto;

export interface TinyModel {
  /** Folder to use as modelsDir. */
  modelsDir: string;
  /** Model folder name inside modelsDir. */
  model: string;
  vocabSize: number;
  dim: number;
}

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];


function tokenizerJson(vocab: Record<string, number>): unknown {
  const special = (content: string) => ({
    id: vocab[content],
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const tok = (id: string) => ({ SpecialToken: { id, type_id: 0 } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map(special),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [tok('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, tok('[SEP]')],
      pair: [tok('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, tok('[SEP]'), { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [vocab[t]], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
}

function modelOnnx(vocabSize: number, dim: number, seed: number): Uint8Array {
  const rand = prng(seed);
  const weights = new Float32Array(vocabSize * dim);
  // [PAD] (id 0) stays zero; [CLS] gets a vector like any token, so 'cls' pooling has something to return
  for (let i = dim; i < weights.length; i++) weights[i] = rand() * 2 - 1;
  const seqInput = (name: string) =>
    onnx.ValueInfoProto.create({
      name,
      type: { tensorType: { elemType: onnx.TensorProto.DataType.INT64, shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] } } },
    });
  const graph = onnx.GraphProto.create({
    name: 'tiny-bert',
    node: [onnx.NodeProto.create({ opType: 'Gather', input: ['embeddings', 'input_ids'], output: ['last_hidden_state'], name: 'lookup' })],
    initializer: [
      onnx.TensorProto.create({
        name: 'embeddings',
        dims: [vocabSize, dim],
        dataType: onnx.TensorProto.DataType.FLOAT,
        rawData: new Uint8Array(weights.buffer),
      }),
    ],
    input: [seqInput('input_ids'), seqInput('attention_mask'), seqInput('token_type_ids')],
    output: [
      onnx.ValueInfoProto.create({
        name: 'last_hidden_state',
        type: {
          tensorType: {
            elemType: onnx.TensorProto.DataType.FLOAT,
            shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }, { dimValue: dim }] },
          },
        },
      }),
    ],
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'nianbao-test',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

/**
 * Write the tiny model (into `dir`, or a temporary folder removed after the test file). `texts` decide the vocabulary: every character in them (plus ASCII letters and digits)
 * gets a WordPiece entry; anything else becomes [UNK].
 */
export function writeTinyOnnxModel(texts: string[], opts: { dim?: number; seed?: number; pooling?: 'mean' | 'cls'; dir?: string } = {}): TinyModel {
  const dim = opts.dim ?? 32;
  const modelsDir = opts.dir ?? tempDir('nianbao-tiny-onnx-');
  const model = 'tiny-bert-zh';
  const root = join(modelsDir, model);
  mkdirSync(join(root, 'onnx'), { recursive: true });
  const chars = new Set<string>();
  for (const t of texts) for (const c of t.toLowerCase()) if (c.trim()) chars.add(c);
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') chars.add(c);
  const vocab: Record<string, number> = {};
  [...SPECIAL, ...[...chars].sort()].forEach((t, i) => (vocab[t] = i));
  const vocabSize = Object.keys(vocab).length;
  writeFileSync(
    join(root, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: dim, vocab_size: vocabSize, num_attention_heads: 1, num_hidden_layers: 1, max_position_embeddings: 512, pad_token_id: 0 }),
  );
  writeFileSync(join(root, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab)));
  writeFileSync(
    join(root, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }),
  );
  if (opts.pooling) {
    mkdirSync(join(root, '1_Pooling'), { recursive: true });
    writeFileSync(
      join(root, '1_Pooling', 'config.json'),
      JSON.stringify({ word_embedding_dimension: dim, pooling_mode_cls_token: opts.pooling === 'cls', pooling_mode_mean_tokens: opts.pooling === 'mean' }),
    );
  }
  writeFileSync(join(root, 'onnx', 'model.onnx'), modelOnnx(vocabSize, dim, opts.seed ?? 7));
  return { modelsDir, model, vocabSize, dim };
}
