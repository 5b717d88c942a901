'use strict';
// The Tracenotes extension: starts `tracenotes lsp` as the language server of Markdown notes and
// *.trace files, and runs `tracenotes dap` as the adapter of the `tracenotes` debugger. Both use the
// launcher named by the setting `tracenotes.path`.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The launcher from the settings: `tracenotes.path`, `tracenotes` (on the PATH) when unset or blank. */
function launcher() {
  const configured = vscode.workspace.getConfiguration('tracenotes').get('path');
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'tracenotes';
}

/** What the client starts: `<launcher> lsp`, on standard input and output. */
function serverOptions() {
  return { command: launcher(), args: ['lsp'], transport: TransportKind.stdio };
}

function clientOptions() {
  return {
    documentSelector: [
      { scheme: 'file', language: 'tracenotes' },
      { scheme: 'untitled', language: 'tracenotes' },
      { scheme: 'file', language: 'markdown' },
    ],
    // created or deleted notes change what every open note knows (a function traced elsewhere)
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,rst,trace,txt}') },
  };
}

async function startClient() {
  client = new LanguageClient('tracenotes', 'Tracenotes', serverOptions(), clientOptions());
  try {
    await client.start();
  } catch (e) {
    vscode.window.showErrorMessage(`Tracenotes: could not start \`${launcher()} lsp\` (set tracenotes.path): ${e && e.message ? e.message : e}`);
  }
}

async function stopClient() {
  const c = client;
  client = undefined;
  if (c) {
    await c.stop();
  }
}

/** The debug adapter of a `tracenotes` session: `<launcher> dap`, read from the settings at each launch. */
const debugAdapters = {
  createDebugAdapterDescriptor() {
    return new vscode.DebugAdapterExecutable(launcher(), ['dap']);
  },
};

/** A launch with no launch.json: the active note, on an in-use LRU page, stopping at its first step. */
const debugConfigurations = {
  resolveDebugConfiguration(folder, config) {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (editor && (editor.document.languageId === 'markdown' || editor.document.languageId === 'tracenotes')) {
        return { type: 'tracenotes', request: 'launch', name: 'Trace the note (lru-anon)', note: '${file}',
          scenario: 'lru-anon', stopOnEntry: true };
      }
    }
    if (!config.note) {
      return vscode.window.showInformationMessage('Tracenotes: the launch configuration names no note').then(() => undefined);
    }
    return config;
  },
};

async function activate(context) {
  context.subscriptions.push(
    vscode.debug.registerDebugAdapterDescriptorFactory('tracenotes', debugAdapters),
    vscode.debug.registerDebugConfigurationProvider('tracenotes', debugConfigurations),
    vscode.commands.registerCommand('tracenotes.restartServer', async () => {
      await stopClient();
      await startClient();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('tracenotes.path')) {
        await stopClient();
        await startClient();
      }
    }),
  );
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate, launcher, serverOptions, clientOptions, debugAdapters, debugConfigurations };
