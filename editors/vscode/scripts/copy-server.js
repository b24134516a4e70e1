// Before packaging: copies the server jar built by `mvn -B -DskipTests -pl lsp -am package` into server/, where
// extension.js looks for it when tracelint.server.jar is not set.
'use strict';

const fs = require('fs');
const path = require('path');

const target = path.join(__dirname, '..', '..', '..', 'lsp', 'target');
const jars = fs.existsSync(target)
  ? fs.readdirSync(target).filter((name) => /^tracelint-lsp-.*\.jar$/.test(name))
  : [];
if (jars.length !== 1) {
  console.error(`expected one tracelint-lsp-<version>.jar in ${target}, found ${jars.length}: build it first with`
    + ' mvn -B -DskipTests -pl lsp -am package');
  process.exit(1);
}
fs.mkdirSync(path.join(__dirname, '..', 'server'), { recursive: true });
fs.copyFileSync(path.join(target, jars[0]), path.join(__dirname, '..', 'server', 'tracelint-lsp.jar'));
console.log(`server/tracelint-lsp.jar <- ${jars[0]}`);
