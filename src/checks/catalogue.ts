/**
 * The rule catalogue as text, from each rule's meta: the terminal listing of `nianbao rules` and the document
 * docs/rules.md (`nianbao rules --markdown`, `npm run docs:rules`). Pure: the CLI writes and compares files.
 */
import type { RuleDescription } from './engine.js';
import { placeholders } from './messages.js';

const SEVERITY_NAMES = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;
const SCOPE_NAMES = { report: '单篇报告 report', corpus: '跨报告 corpus' } as const;

/** One line a rule: id, severity, scope, title. */
export function catalogueText(rules: readonly RuleDescription[]): string {
  return rules.map((r) => `${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${r.scope.padEnd(7)} ${r.title}\n`).join('');
}

/** A table cell: pipes escaped. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').trim();

/** The rules document. */
export function catalogueMarkdown(rules: readonly RuleDescription[]): string {
  const out: string[] = [
    '# 核对规则 Rule catalogue',
    '',
    '<!-- Generated from the rules\' meta by `npm run docs:rules`; edit src/checks/rules/*.ts, not this file. -->',
    '',
    '每条规则一个模块（`src/checks/rules/{id}.ts`），声明编号、级别、范围、标题、说明及消息模板；发现（finding）的消息只由模板生成。',
    'Each rule is one module declaring its id, severity, scope, title, description and message templates; finding messages come only from the templates.',
    '占位符 Placeholders: `{name}` 值 value, `{name?}` 可省略 optional, `{name*}` 列表（以、连接）list joined with 、, `{name*＋}` 以＋连接 joined with ＋.',
    '',
    '| 规则 Rule | 级别 Severity | 范围 Scope | 标题 Title |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${SEVERITY_NAMES[r.severity]} | ${SCOPE_NAMES[r.scope]} | ${cell(r.title)} |`),
  ];
  for (const r of rules) {
    out.push('', `## ${r.id}`, '', `**${r.title}** — ${SEVERITY_NAMES[r.severity]}, ${SCOPE_NAMES[r.scope]}`, '', r.description, '');
    const ids = Object.keys(r.messages);
    if (!ids.length) {
      out.push('消息由规则代码直接写出（跨报告规则，尚无模板）。Messages are written by the rule code (corpus rule, no templates yet).');
      continue;
    }
    out.push('| 消息 Message | 中文 | English | 占位符 Placeholders |', '| --- | --- | --- | --- |');
    for (const id of ids) {
      const t = r.messages[id];
      if (!t) continue;
      const names = [...new Set(placeholders(t.zh).map((p) => p.name))].join(', ');
      out.push(`| \`${id}\` | ${cell(t.zh)} | ${cell(t.en)} | ${names} |`);
    }
  }
  return out.join('\n') + '\n';
}
