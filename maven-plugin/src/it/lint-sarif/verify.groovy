// failOn none: a warning is logged and the build passes; the SARIF log is written where the default says,
// parses as JSON and has the shape code-scanning services read.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] notes/typo.md:5:10: unknown function `flio_try_get`: not traced in a loaded note, '
        + 'not in the linux-6.6 model; did you mean `folio_try_get`? [unknown-function]')
assert log.contains('BUILD SUCCESS')

def file = new File(basedir, 'target/tracenotes/lint.sarif')
assert file.isFile()
def sarif = new JsonSlurper().parse(file, 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.'$schema' == 'https://json.schemastore.org/sarif-2.1.0.json'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'tracenotes'
assert run.tool.driver.version ==~ /\d+\.\d+\.\d+.*/
assert run.tool.driver.rules.any { it.id == 'unknown-function' }
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'unknown-function'
assert result.level == 'warning'
assert result.message.text.contains('flio_try_get')
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'notes/typo.md'
assert location.region.startLine == 5
assert location.region.startColumn == 10
assert result.partialFingerprints.'primaryLocationLineHash/v1' ==~ /[0-9a-f]{32}/
return true
