/**
 * After the batch: cross-report problem themes and the views people open (CSV, XLSX, SQLite, HTML),
 * all built from reports.jsonl.
 */
export interface FinishOptions {
  themes: boolean;
  embedder: string;
  model?: string;
}

export async function finishBatch(_out: string, _opts: FinishOptions): Promise<void> {
  // wired to src/themes and src/outputs once they land
}
