// tracelint for VS Code: starts the tracelint language server (java -jar tracelint-lsp.jar, over stdio) for Java
// files and hands it the tracelint.* settings. Everything else (diagnostics, quick fixes, watching pom.xml and
// tracelint.properties) is the server's and vscode-languageclient's.
'use strict';

const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The rule settings as the server reads them: {"ruleset": ..., "<Rule>": {"<option>": ...}}. */
function ruleSettings() {
  const config = vscode.workspace.getConfiguration('tracelint');
  const settings = { ...config.get('rules', {}) };
  const ruleset = config.get('ruleset', '');
  if (ruleset) {
    settings.ruleset = ruleset;
  }
  return settings;
}

/** How to start the server: the configured jar, or the one packaged with the extension. */
function serverOptions(context) {
  const config = vscode.workspace.getConfiguration('tracelint');
  const jar = config.get('server.jar', '') || context.asAbsolutePath(path.join('server', 'tracelint-lsp.jar'));
  return { command: config.get('server.java', 'java') || 'java', args: ['-jar', jar] };
}

function clientOptions() {
  return {
    documentSelector: [{ scheme: 'file', language: 'java' }],
    initializationOptions: { tracelint: ruleSettings() },
    middleware: {
      workspace: {
        // The server asks for the "tracelint" section; answer with the rule settings only, not the launch ones.
        configuration: (params) => params.items.map((item) => (item.section === 'tracelint' ? ruleSettings() : null)),
      },
    },
  };
}

async function activate(context) {
  client = new LanguageClient('tracelint', 'tracelint', serverOptions(context), clientOptions());
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (client && event.affectsConfiguration('tracelint')) {
        client.sendNotification('workspace/didChangeConfiguration', { settings: { tracelint: ruleSettings() } });
      }
    }),
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, ruleSettings, serverOptions, clientOptions };
