// Drives `java -jar cli/target/tracenotes.jar dap` with @vscode/debugadapter-testsupport's DebugClient,
// as an editor would: launch, breakpoint hit, stack, variables, step in / over / out, step back, goto,
// a stop on a failed @expect, and the exit when the client disconnects.
//
// Run by DapNodeClientIT (`npm ci`, then `node test.js`); by hand, after `mvn -B -q package -DskipTests`:
//   npm ci && TRACENOTES_ROOT=../../../.. node test.js
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const cp = require('node:child_process');
const path = require('node:path');
const { DebugClient } = require('@vscode/debugadapter-testsupport');

const ROOT = path.resolve(process.env.TRACENOTES_ROOT || path.join(__dirname, '..', '..', '..', '..'));
const JAR = process.env.TRACENOTES_JAR || path.join(ROOT, 'cli', 'target', 'tracenotes.jar');
const SEED = path.join(ROOT, 'samples', 'soft-offline.md');
const ANNOTATED = path.join(ROOT, 'samples', 'soft-offline.annotated.md');
const TIMEOUT = 20000;

/** Starts the adapter as its own process and connects a DebugClient to its standard input and output. */
function start() {
  const proc = cp.spawn('java', ['-jar', JAR, 'dap'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  const dc = new DebugClient('java', JAR, 'tracenotes');
  dc.defaultTimeout = TIMEOUT;
  dc.connect(proc.stdout, proc.stdin);
  return { dc, proc, exited, stderr: () => stderr };
}

/** Disconnects and checks the adapter then exits 0 by itself. */
async function finish(s) {
  await s.dc.disconnectRequest({});
  const code = await Promise.race([s.exited, new Promise((r) => setTimeout(() => r('still running'), TIMEOUT).unref())]);
  if (code !== 0) {
    s.proc.kill();
  }
  assert.strictEqual(code, 0, 'tracenotes dap exits 0 after disconnect; stderr: ' + s.stderr());
}

async function where(dc) {
  const st = await dc.stackTraceRequest({ threadId: 1 });
  return st.body.stackFrames.map((f) => `${f.name}:${f.line}`);
}

/** Sends a request that moves the run and waits for the stop it ends in. */
async function move(dc, request, reason) {
  const [, stopped] = await Promise.all([request, dc.waitForEvent('stopped')]);
  assert.strictEqual(stopped.body.reason, reason, JSON.stringify(stopped.body));
  return stopped;
}

test('breakpoint, stack, variables, stepping both ways and goto on the seed', async () => {
  const s = start();
  const dc = s.dc;
  try {
    // line 17 of the seed: `ret = get_any_page(p, flags)`, inside get_hwpoison_page's expansion
    await dc.hitBreakpoint({ note: SEED, scenario: 'lru-anon' }, { path: SEED, line: 17 });
    assert.deepStrictEqual(await where(dc), ['get_hwpoison_page:17', 'soft_offline_page:12']);

    const threads = await dc.threadsRequest();
    assert.deepStrictEqual(threads.body.threads.map((t) => t.id), [1]);

    const scopes = await dc.scopesRequest({ frameId: 2 });
    const names = scopes.body.scopes.map((x) => x.name);
    assert.deepStrictEqual(names, ['Locals', 'Page', 'Environment (read so far)']);
    const locals = await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference });
    const page = locals.body.variables.find((v) => v.name === 'page');
    assert.strictEqual(page.value, 'page');
    assert.strictEqual(page.type, 'struct page *');
    const pageScope = await dc.variablesRequest({ variablesReference: scopes.body.scopes[1].variablesReference });
    const flags = pageScope.body.variables.find((v) => v.name === 'flags');
    assert.strictEqual(flags.value, 'lru anon mapped');
    const refcount = pageScope.body.variables.find((v) => v.name === 'refcount');
    assert.strictEqual(refcount.value, '1');

    const hover = await dc.evaluateRequest({ expression: 'flags & MF_SOFT_OFFLINE', frameId: 1, context: 'hover' });
    assert.notStrictEqual(hover.body.result, '0');

    await move(dc, dc.stepInRequest({ threadId: 1 }), 'step');
    assert.deepStrictEqual(await where(dc), ['get_any_page:18', 'get_hwpoison_page:17', 'soft_offline_page:12']);

    await move(dc, dc.nextRequest({ threadId: 1 }), 'step');
    assert.deepStrictEqual(await where(dc), ['get_any_page:21', 'get_hwpoison_page:17', 'soft_offline_page:12']);

    const out = await move(dc, dc.stepOutRequest({ threadId: 1 }), 'step');
    assert.strictEqual(out.body.description, 'get_any_page() returned 1');
    assert.deepStrictEqual(await where(dc), ['get_hwpoison_page:17', 'soft_offline_page:12']);

    await move(dc, dc.stepBackRequest({ threadId: 1 }), 'step');
    assert.deepStrictEqual(await where(dc), ['get_hwpoison_page:17', 'soft_offline_page:12']);
    await move(dc, dc.stepBackRequest({ threadId: 1 }), 'step');
    assert.deepStrictEqual(await where(dc), ['get_hwpoison_page:16', 'soft_offline_page:12']);

    // goto on the `if flags & MF_UNPOISON` line: run again with that branch taken
    const targets = await dc.gotoTargetsRequest({ source: { path: SEED }, line: 14 });
    assert.strictEqual(targets.body.targets.length, 1);
    await move(dc, dc.gotoRequest({ threadId: 1, targetId: targets.body.targets[0].id }), 'goto');
    assert.deepStrictEqual(await where(dc), ['get_hwpoison_page:14', 'soft_offline_page:12']);
    await move(dc, dc.stepInRequest({ threadId: 1 }), 'step');
    assert.deepStrictEqual(await where(dc), ['get_hwpoison_page:15', 'soft_offline_page:12']);

    const [, , exited] = await Promise.all([
      dc.continueRequest({ threadId: 1 }),
      dc.waitForEvent('terminated'),
      dc.waitForEvent('exited'),
    ]);
    assert.strictEqual(typeof exited.body.exitCode, 'number');
  } finally {
    await finish(s);
  }
});

test('a failed @expect stops with reason exception, and the run exits 1', async () => {
  const s = start();
  const dc = s.dc;
  try {
    await Promise.all([
      dc.waitForEvent('initialized').then(() => dc.setExceptionBreakpointsRequest({ filters: ['expectation'] }))
        .then(() => dc.configurationDoneRequest()),
      dc.launch({ note: ANNOTATED, scenario: 'in-use-lru', given: ['migrate=fail'] }),
      dc.assertStoppedLocation('exception', { path: ANNOTATED, line: 134 }),
    ]);
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    assert.strictEqual(info.body.exceptionId, 'expectation');
    assert.match(info.body.description, /^@expect \$ret == 0 && page.hwpoison && refcount == 1 failed/);
    const ret = await dc.evaluateRequest({ expression: '$ret', frameId: 1, context: 'watch' });
    assert.strictEqual(ret.body.result, '-16 (-EBUSY)');
    const [, exited] = await Promise.all([dc.continueRequest({ threadId: 1 }), dc.waitForEvent('exited')]);
    assert.strictEqual(exited.body.exitCode, 1);
  } finally {
    await finish(s);
  }
});

test('logpoints print, conditions decide, unverified lines say why', async () => {
  const s = start();
  const dc = s.dc;
  try {
    const output = dc.assertOutput('console', 'ret=1', TIMEOUT);
    await Promise.all([
      dc.waitForEvent('initialized').then(() => dc.setBreakpointsRequest({
        source: { path: SEED },
        breakpoints: [{ line: 10 }, { line: 82, condition: 'ret < 0' }, { line: 86, logMessage: 'ret={ret}' },
          { line: 95, condition: 'ret == 0' }],
      })).then((r) => {
        assert.deepStrictEqual(r.body.breakpoints.map((b) => b.verified), [false, true, true, true]);
        assert.match(r.body.breakpoints[0].message, /line 10 holds no step that can run/);
        return dc.configurationDoneRequest();
      }),
      dc.launch({ note: SEED, scenario: 'lru-anon' }),
      dc.assertStoppedLocation('breakpoint', { path: SEED, line: 95 }),
    ]);
    await output;
  } finally {
    await finish(s);
  }
});
