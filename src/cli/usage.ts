/**
 * Usage checks made before any work starts: a wrong option or a path that is not there ends the run at once
 * with one sentence and exit code 2, never after the batch has run.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import fg from 'fast-glob';

/** A usage error: printed as one sentence, exit code 2. */
export class UsageError extends Error {}

/** Exit codes of the `nianbao` command (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** `check`: the report has findings of severity error. */
  errorFindings: 1,
  usage: 2,
  /** No input could be analysed at all (every file unreadable or not a report, or none found). */
  nothingRead: 3,
  /** An internal error stopped the run. */
  internal: 4,
} as const;

/** commander argument parser for a positive whole number (--jobs, --n). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`须为正整数 / must be a positive whole number, got "${value}".`);
  }
  return n;
}

/** commander argument parser for a whole number (--seed). */
export function nonNegative(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(value) || !Number.isFinite(n)) throw new InvalidArgumentError(`须为非负数 / must be a non-negative number, got "${value}".`);
  return n;
}

export function integer(value: string): number {
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`须为整数 / must be a whole number, got "${value}".`);
  return n;
}

/** commander argument parser for a share between 0 and 1 (--error-rate). */
export function share(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
    throw new InvalidArgumentError(`须为 0 到 1 之间的数 / must be a number from 0 to 1, got "${value}".`);
  }
  return x;
}

/**
 * Inputs that name nothing: a path that does not exist and is not a glob. A glob is kept even when it matches
 * nothing (its record says so), as a folder may simply hold no reports yet.
 */
export function missingPaths(inputs: readonly string[]): string[] {
  return inputs.filter((p) => !existsSync(p) && !fg.isDynamicPattern(p));
}

export function checkPathsExist(inputs: readonly string[]): void {
  const missing = missingPaths(inputs);
  if (missing.length === 1) throw new UsageError(`路径不存在 / the path does not exist: ${missing[0]}`);
  if (missing.length > 1) throw new UsageError(`${missing.length} 个路径不存在 / ${missing.length} paths do not exist: ${missing.join(', ')}`);
}

/** The embedder options as a pair: transformers needs a model folder holding config.json, and only it takes one. */
export function checkEmbedder(embedder: string, model: string | undefined): void {
  if (embedder !== 'transformers') {
    if (model) throw new UsageError('--model 只用于 --embedder transformers / --model is only used with --embedder transformers.');
    return;
  }
  if (!model) throw new UsageError('--embedder transformers 须同时给出 --model <本地模型目录> / --embedder transformers needs --model <local model folder> (see src/themes/README.md).');
  if (!existsSync(model) || !statSync(model).isDirectory()) throw new UsageError(`模型目录不存在 / the model folder does not exist: ${model}`);
  for (const needed of ['config.json', join('onnx', 'model.onnx')]) {
    if (!existsSync(join(model, needed))) throw new UsageError(`模型目录中没有 ${needed} / the model folder has no ${needed}: ${model} (see src/themes/README.md).`);
  }
}

/** The output folder must be a folder, or creatable as one (the nearest existing ancestor is a folder). */
export function checkOutFolder(out: string): void {
  let p = resolve(out);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  if (!statSync(p).isDirectory()) throw new UsageError(`输出目录无法创建，${p} 是文件 / the output folder cannot be made: ${p} is a file.`);
}
