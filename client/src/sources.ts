import * as vscode from 'vscode';
import type { ArticleSummary, SourceQuotation, SourceSpeaker } from '../../server/src/protocol';

type Node = { kind: 'speaker'; speaker: SourceSpeaker; uri: string } | { kind: 'unattributed'; quotations: SourceQuotation[]; uri: string } | { kind: 'quotation'; quotation: SourceQuotation; uri: string; unattributed: boolean };

/** The Sources view: speakers with their quotations, from the server's article summary. */
export class SourcesProvider implements vscode.TreeDataProvider<Node> {
  private summary: ArticleSummary | null = null;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** Shows a new summary (or none). */
  update(summary: ArticleSummary | null): void {
    this.summary = summary;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const s = this.summary;
    if (!s) return [];
    if (!node) {
      const nodes: Node[] = s.speakers.map((speaker) => ({ kind: 'speaker', speaker, uri: s.uri }));
      if (s.unattributed.length) nodes.push({ kind: 'unattributed', quotations: s.unattributed, uri: s.uri });
      return nodes;
    }
    if (node.kind === 'speaker') return node.speaker.quotations.map((quotation) => ({ kind: 'quotation', quotation, uri: node.uri, unattributed: false }));
    if (node.kind === 'unattributed') return node.quotations.map((quotation) => ({ kind: 'quotation', quotation, uri: node.uri, unattributed: true }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const n = node.speaker.quotations.length;
      const item = new vscode.TreeItem(node.speaker.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${n} quote${n === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.speaker.kind === 'anonymous' ? 'eye-closed' : node.speaker.kind === 'organization' ? 'organization' : node.speaker.kind === 'document' ? 'file-text' : 'person');
      item.tooltip = `${node.speaker.name} (${node.speaker.kind})`;
      item.contextValue = 'copydesk.speaker';
      return item;
    }
    if (node.kind === 'unattributed') {
      const item = new vscode.TreeItem('Unattributed', vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.quotations.length}`;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      return item;
    }
    const q = node.quotation;
    const item = new vscode.TreeItem(`“${q.text}”`, vscode.TreeItemCollapsibleState.None);
    item.description = q.cue ?? (node.unattributed ? 'no speaker' : q.kind === 'partial' ? 'partial' : '');
    item.tooltip = q.text;
    item.iconPath = new vscode.ThemeIcon('quote');
    const range = new vscode.Range(q.range.start.line, q.range.start.character, q.range.end.line, q.range.end.character);
    item.command = { command: 'vscode.open', title: 'Go to quotation', arguments: [vscode.Uri.parse(node.uri), { selection: range }] };
    return item;
  }
}
