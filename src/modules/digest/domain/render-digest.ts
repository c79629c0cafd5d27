// The digest as plain text (for e-mail bodies and terminals) and as an HTML page (every text escaped): the same
// lines in the same order as the JSON — headline, the three actions, the exceptions by value at risk, the KPI moves.
import type { Digest } from './compose-digest.ts';

export function digestText(digest: Digest): string {
  const lines = [`Daily digest — ${digest.date}`, digest.headline, '', 'Top actions'];
  if (digest.actions.length === 0) lines.push('  Nothing to act on.');
  for (const action of digest.actions) lines.push(`${action.rank}. ${action.text}`, `   Why: ${action.why}.`, `   ${action.link}`);
  lines.push('', 'Exceptions by value at risk');
  if (digest.exceptions.length === 0) lines.push('  None.');
  for (const line of digest.exceptions) lines.push(`- ${line.text}`, `  Why: ${line.why}.`, `  ${line.link}`);
  lines.push('', 'KPI moves');
  if (digest.kpis.length === 0) lines.push('  None.');
  for (const kpi of digest.kpis) lines.push(`- ${kpi.text}`, `  ${capitalise(kpi.why)}.`, `  ${kpi.link}`);
  return `${lines.join('\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function digestHtml(digest: Digest): string {
  const e = escapeHtml;
  const item = (text: string, why: string, link: string) => `<li><a href="${e(link)}">${e(text)}</a><br><small>${e(why)}</small></li>`;
  const list = (tag: 'ol' | 'ul', items: string[], empty: string) => (items.length === 0 ? `<p>${e(empty)}</p>` : `<${tag}>${items.join('')}</${tag}>`);
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${e(`Daily digest — ${digest.date}`)}</title></head><body>`,
    `<h1>${e(`Daily digest — ${digest.date}`)}</h1>`,
    `<p>${e(digest.headline)}</p>`,
    '<h2>Top actions</h2>',
    list('ol', digest.actions.map((action) => item(action.text, `Why: ${action.why}.`, action.link)), 'Nothing to act on.'),
    '<h2>Exceptions by value at risk</h2>',
    list('ul', digest.exceptions.map((line) => item(line.text, `Why: ${line.why}.`, line.link)), 'None.'),
    '<h2>KPI moves</h2>',
    list('ul', digest.kpis.map((kpi) => item(kpi.text, `${capitalise(kpi.why)}.`, kpi.link)), 'None.'),
    '</body></html>',
    '',
  ].join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
