// Loads extension.js outside VS Code, with the vscode API and the language client replaced by recorders, and checks
// what it would start and send: the command line, the documents, the settings. It cannot show that VS Code runs it.
'use strict';

const assert = require('node:assert');
const Module = require('node:module');
const path = require('node:path');
const { test } = require('node:test');

const settings = {
  'server.jar': '',
  'server.java': 'java',
  ruleset: 'tracelint-ruleset.xml',
  rules: { UnclosedTrace: { startMethods: 'com.example.AgentTracer#startTrace:end' } },
};
const started = [];
const notifications = [];
let configurationListener;

const fakes = {
  vscode: {
    workspace: {
      getConfiguration: (section) => {
        assert.strictEqual(section, 'tracelint');
        return { get: (key, fallback) => (key in settings ? settings[key] : fallback) };
      },
      onDidChangeConfiguration: (listener) => {
        configurationListener = listener;
        return { dispose() {} };
      },
    },
  },
  'vscode-languageclient/node': {
    LanguageClient: class {
      constructor(id, name, serverOptions, clientOptions) {
        Object.assign(this, { id, name, serverOptions, clientOptions });
      }
      async start() {
        started.push(this);
      }
      sendNotification(method, params) {
        notifications.push({ method, params });
      }
      stop() {}
    },
  },
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request in fakes ? request : resolve.call(this, request, ...rest);
};
for (const [name, exports] of Object.entries(fakes)) {
  require.cache[name] = { id: name, filename: name, loaded: true, exports };
}

const extension = require('../extension.js');
const context = { subscriptions: [], asAbsolutePath: (relative) => path.join('/ext', relative) };

test('starts the packaged jar with java for Java files, with the rule settings', async () => {
  await extension.activate(context);
  assert.strictEqual(started.length, 1);
  const client = started[0];
  assert.deepStrictEqual(client.serverOptions, { command: 'java', args: ['-jar', '/ext/server/tracelint-lsp.jar'] });
  assert.deepStrictEqual(client.clientOptions.documentSelector, [{ scheme: 'file', language: 'java' }]);
  assert.deepStrictEqual(client.clientOptions.initializationOptions, {
    tracelint: {
      ruleset: 'tracelint-ruleset.xml',
      UnclosedTrace: { startMethods: 'com.example.AgentTracer#startTrace:end' },
    },
  });
});

test('answers workspace/configuration with the rule settings and nothing of the launch settings', () => {
  const answer = started[0].clientOptions.middleware.workspace.configuration({
    items: [{ section: 'tracelint' }, { section: 'java' }],
  });
  assert.deepStrictEqual(answer, [
    { UnclosedTrace: { startMethods: 'com.example.AgentTracer#startTrace:end' }, ruleset: 'tracelint-ruleset.xml' },
    null,
  ]);
});

test('pushes changed settings to the server', () => {
  settings.rules = { RetryWithoutBackoff: { backoffMethods: 'com.example.Backoff#pause' } };
  configurationListener({ affectsConfiguration: (section) => section === 'tracelint' });
  configurationListener({ affectsConfiguration: () => false });
  assert.deepStrictEqual(notifications, [{
    method: 'workspace/didChangeConfiguration',
    params: {
      settings: {
        tracelint: { RetryWithoutBackoff: { backoffMethods: 'com.example.Backoff#pause' }, ruleset: 'tracelint-ruleset.xml' },
      },
    },
  }]);
});

test('runs a configured jar with a configured java', () => {
  settings['server.jar'] = '/opt/tracelint/tracelint-lsp-0.1.0.jar';
  settings['server.java'] = '/usr/lib/jvm/java-17/bin/java';
  assert.deepStrictEqual(extension.serverOptions(context), {
    command: '/usr/lib/jvm/java-17/bin/java',
    args: ['-jar', '/opt/tracelint/tracelint-lsp-0.1.0.jar'],
  });
});
