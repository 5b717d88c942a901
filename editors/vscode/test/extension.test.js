'use strict';
// Checks the extension without VS Code: package.json's contributions (required fields, the language, the
// settings, the debugger's launch arguments against the adapter's), and extension.js's wiring with a stub
// `vscode` module (the client runs `<tracenotes.path> lsp`, the debug adapter `<tracenotes.path> dap`).
// With TRACENOTES_LAUNCHER set (VsCodeExtensionIT sets the repository's ./tracenotes), it also starts what
// the extension would start, speaks LSP and DAP to it, and compares the launch arguments with `dap --help`.
// Run: npm test (node --test test/extension.test.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { spawn, spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const LAUNCH_ARGUMENTS = ['note', 'trace', 'scenario', 'given', 'force', 'with', 'cwd', 'stopOnEntry', 'noDebug'];
const launcherUnderTest = process.env.TRACENOTES_LAUNCHER;

test('package.json has what VS Code and vsce require', () => {
  for (const field of ['name', 'displayName', 'description', 'version', 'publisher', 'engines', 'main', 'contributes']) {
    assert.ok(pkg[field], `package.json has no ${field}`);
  }
  assert.match(pkg.name, /^[a-z0-9][a-z0-9-]*$/, 'a lower-case name');
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
  assert.match(pkg.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.ok(fs.existsSync(path.join(root, pkg.main)), `main ${pkg.main} exists`);
  // the client library's own engine must not ask for a newer VS Code than the extension says it needs
  const client = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/vscode-languageclient/package.json'), 'utf8'));
  const minor = (range) => Number(range.replace(/^\^/, '').split('.')[1]);
  assert.ok(minor(client.engines.vscode) <= minor(pkg.engines.vscode), `${client.engines.vscode} vs ${pkg.engines.vscode}`);
  for (const ev of ['onLanguage:tracenotes', 'onLanguage:markdown', 'onDebugResolve:tracenotes']) {
    assert.ok(pkg.activationEvents.includes(ev), `activates on ${ev}`);
  }
});

test('the tracenotes language: *.trace files, with a language configuration that parses', () => {
  const lang = pkg.contributes.languages.find((l) => l.id === 'tracenotes');
  assert.ok(lang, 'a tracenotes language');
  assert.deepEqual(lang.extensions, ['.trace']);
  const conf = JSON.parse(fs.readFileSync(path.join(root, lang.configuration), 'utf8'));
  assert.equal(conf.comments.lineComment, '##');
  for (const [open, close] of conf.brackets) {
    assert.equal(open.length, 1);
    assert.equal(close.length, 1);
  }
  for (const p of Object.values(conf.indentationRules)) {
    new RegExp(p); // eslint-disable-line no-new
  }
  const bp = pkg.contributes.breakpoints.map((b) => b.language).sort();
  assert.deepEqual(bp, ['markdown', 'tracenotes'], 'breakpoints in notes and trace files');
});

test('the setting tracenotes.path names the launcher', () => {
  const props = pkg.contributes.configuration.properties;
  assert.equal(props['tracenotes.path'].type, 'string');
  assert.equal(props['tracenotes.path'].default, 'tracenotes');
  assert.deepEqual(props['tracenotes.trace.server'].enum, ['off', 'messages', 'verbose'], "the client's trace setting, by its id");
});

test('contributes.debuggers: a tracenotes debugger whose launch arguments are the adapter\'s', () => {
  assert.equal(pkg.contributes.debuggers.length, 1);
  const d = pkg.contributes.debuggers[0];
  assert.equal(d.type, 'tracenotes');
  assert.ok(d.label);
  assert.deepEqual(d.languages.sort(), ['markdown', 'tracenotes']);
  assert.equal(d.program, undefined, 'the adapter comes from extension.js (it reads tracenotes.path), not from program');
  const launch = d.configurationAttributes.launch;
  assert.deepEqual(launch.required, ['note']);
  assert.deepEqual(Object.keys(launch.properties).sort(), [...LAUNCH_ARGUMENTS].sort());
  for (const [name, p] of Object.entries(launch.properties)) {
    assert.ok(p.type, `${name} has a type`);
    assert.ok(p.description, `${name} has a description`);
    const types = [].concat(p.type);
    assert.ok(types.every((t) => ['string', 'boolean', 'array'].includes(t)), `${name}: ${types}`);
    if (types.includes('array')) {
      assert.equal(p.items.type, 'string', `${name}'s items`);
    }
  }
  for (const c of d.initialConfigurations) {
    assert.equal(c.type, 'tracenotes');
    assert.equal(c.request, 'launch');
    assert.ok(c.name && c.note);
    for (const k of Object.keys(c).filter((k) => !['type', 'request', 'name'].includes(k))) {
      assert.ok(launch.properties[k], `initial configuration's ${k} is a launch argument`);
    }
  }
  for (const s of d.configurationSnippets) {
    assert.ok(s.label && s.body && s.body.type === 'tracenotes' && s.body.request === 'launch');
  }
});

// ---------------------------------------------------------------- extension.js with a stub vscode

/** Loads extension.js with stub `vscode` and `vscode-languageclient/node` modules; returns what it did. */
function loadWithStubs(settings) {
  const seen = { clients: [], factories: {}, providers: {}, commands: {}, configListeners: [] };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, stopped: 0 });
      seen.clients.push(this);
    }
    start() { this.started++; return Promise.resolve(); }
    stop() { this.stopped++; return Promise.resolve(); }
  }
  const vscode = {
    workspace: {
      getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: (f) => { seen.configListeners.push(f); return { dispose() {} }; },
    },
    window: { showErrorMessage: (m) => { seen.error = m; }, activeTextEditor: undefined,
      showInformationMessage: (m) => { seen.info = m; return Promise.resolve(); } },
    debug: {
      registerDebugAdapterDescriptorFactory: (type, f) => { seen.factories[type] = f; return { dispose() {} }; },
      registerDebugConfigurationProvider: (type, p) => { seen.providers[type] = p; return { dispose() {} }; },
    },
    commands: { registerCommand: (id, f) => { seen.commands[id] = f; return { dispose() {} }; } },
    DebugAdapterExecutable: class { constructor(command, args) { this.command = command; this.args = args; } },
  };
  const stubs = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } };
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    return Object.prototype.hasOwnProperty.call(stubs, request) ? stubs[request] : load.call(this, request, parent, isMain);
  };
  try {
    const file = require.resolve(path.join(root, pkg.main));
    delete require.cache[file];
    return { ext: require(file), seen, vscode };
  } finally {
    Module._load = load;
  }
}

test('activate starts `<tracenotes.path> lsp` for notes and registers `<tracenotes.path> dap` as the adapter', async () => {
  const settings = { 'tracenotes.path': '/opt/tracenotes/tracenotes' };
  const { ext, seen, vscode } = loadWithStubs(settings);
  const context = { subscriptions: [] };
  await ext.activate(context);
  assert.equal(seen.clients.length, 1);
  const c = seen.clients[0];
  assert.equal(c.id, 'tracenotes', 'the id the tracenotes.trace.server setting goes by');
  assert.deepEqual({ command: c.serverOptions.command, args: c.serverOptions.args },
    { command: '/opt/tracenotes/tracenotes', args: ['lsp'] });
  const languages = c.clientOptions.documentSelector.map((s) => `${s.scheme}:${s.language}`).sort();
  assert.deepEqual(languages, ['file:markdown', 'file:tracenotes', 'untitled:tracenotes']);
  assert.equal(c.started, 1);

  const adapter = seen.factories.tracenotes.createDebugAdapterDescriptor({ configuration: {} });
  assert.ok(adapter instanceof vscode.DebugAdapterExecutable);
  assert.deepEqual({ command: adapter.command, args: adapter.args }, { command: '/opt/tracenotes/tracenotes', args: ['dap'] });
  assert.ok(seen.commands['tracenotes.restartServer']);
  assert.equal(context.subscriptions.length, 4);

  // a launch with no launch.json debugs the active note
  vscode.window.activeTextEditor = { document: { languageId: 'markdown' } };
  const resolved = seen.providers.tracenotes.resolveDebugConfiguration(undefined, {});
  assert.deepEqual([resolved.type, resolved.request, resolved.note, resolved.scenario], ['tracenotes', 'launch', '${file}', 'lru-anon']);
  assert.equal(await seen.providers.tracenotes.resolveDebugConfiguration(undefined, { type: 'tracenotes', request: 'launch', name: 'x' }),
    undefined, 'no note: not launched');

  // a new path restarts the server with it
  settings['tracenotes.path'] = '  ';
  await seen.configListeners[0]({ affectsConfiguration: (s) => s === 'tracenotes.path' });
  assert.equal(c.stopped, 1);
  assert.equal(seen.clients.length, 2);
  assert.equal(seen.clients[1].serverOptions.command, 'tracenotes', 'blank: tracenotes on the PATH');
  assert.equal(seen.factories.tracenotes.createDebugAdapterDescriptor({}).command, 'tracenotes');
  await ext.deactivate();
  assert.equal(seen.clients[1].stopped, 1);
});

// ---------------------------------------------------------------- the real launcher

/** Sends framed JSON-RPC messages to a child and collects the framed answers. */
function framed(child) {
  let buffer = Buffer.alloc(0);
  const messages = [];
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))[1]);
      if (buffer.length < end + 4 + length) return;
      messages.push(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
      buffer = buffer.subarray(end + 4 + length);
      waiters.splice(0).forEach((w) => w());
    }
  });
  return {
    send(message) {
      const body = Buffer.from(JSON.stringify(message), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    },
    async answer(match, ms = 60000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no answer within ${ms} ms; got ${JSON.stringify(messages)}`);
        await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
      }
    },
  };
}

function exited(child) {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

test('the language server the extension starts answers initialize', { skip: !launcherUnderTest && 'TRACENOTES_LAUNCHER not set' }, async () => {
  const { ext } = loadWithStubs({ 'tracenotes.path': launcherUnderTest });
  const opts = ext.serverOptions();
  const child = spawn(opts.command, opts.args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = framed(child);
  rpc.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  const init = await rpc.answer((m) => m.id === 1);
  assert.equal(init.result.serverInfo.name, 'tracenotes');
  for (const cap of ['hoverProvider', 'definitionProvider', 'documentSymbolProvider', 'codeActionProvider', 'inlayHintProvider']) {
    assert.ok(init.result.capabilities[cap], cap);
  }
  assert.deepEqual(init.result.capabilities.executeCommandProvider.commands, ['tracenotes.run', 'tracenotes.clearRun']);
  rpc.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  rpc.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
  await rpc.answer((m) => m.id === 2);
  const code = exited(child);
  rpc.send({ jsonrpc: '2.0', method: 'exit' });
  assert.equal(await code, 0);
});

test('the debug adapter the extension registers answers initialize', { skip: !launcherUnderTest && 'TRACENOTES_LAUNCHER not set' }, async () => {
  const { ext } = loadWithStubs({ 'tracenotes.path': launcherUnderTest });
  const adapter = ext.debugAdapters.createDebugAdapterDescriptor({});
  const child = spawn(adapter.command, adapter.args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = framed(child);
  rpc.send({ seq: 1, type: 'request', command: 'initialize', arguments: { adapterID: 'tracenotes', linesStartAt1: true, columnsStartAt1: true } });
  const init = await rpc.answer((m) => m.type === 'response' && m.request_seq === 1);
  assert.equal(init.success, true);
  assert.equal(init.body.supportsStepBack, true);
  assert.equal(init.body.supportsGotoTargetsRequest, true);
  const code = exited(child);
  rpc.send({ seq: 2, type: 'request', command: 'disconnect', arguments: {} });
  await rpc.answer((m) => m.type === 'response' && m.request_seq === 2);
  assert.equal(await code, 0);
});

test('the launch arguments are those `tracenotes dap --help` lists', { skip: !launcherUnderTest && 'TRACENOTES_LAUNCHER not set' }, () => {
  const help = spawnSync(launcherUnderTest, ['dap', '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  const props = pkg.contributes.debuggers[0].configurationAttributes.launch.properties;
  for (const name of LAUNCH_ARGUMENTS.filter((n) => n !== 'cwd')) {
    assert.match(help.stdout, new RegExp(`\\b${name}\\b`), `dap --help lists ${name}`);
    assert.ok(props[name]);
  }
});
