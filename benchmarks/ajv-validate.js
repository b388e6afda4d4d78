// Validates a JSON export with Ajv (compiled validator), for benchmarks/compare-validators.sh.
// Usage: node ajv-validate.js SCHEMA FILE   (run where 'ajv' is installed: NODE_PATH or node_modules)
'use strict';
const fs = require('fs');
const Ajv = require('ajv');
const [schemaPath, filePath] = process.argv.slice(2);
const started = process.hrtime.bigint();
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
const data = JSON.parse(fs.readFileSync(filePath, 'utf8'));
const valid = validate(data);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`Ajv: ${valid ? 0 : validate.errors.length} errors in ${seconds.toFixed(2)} s`);
process.exit(valid ? 0 : 1);
