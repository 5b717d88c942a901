// An @expect that does not hold fails the build: the log names the note, the line, the scenario and what
// was seen, and the JUnit report has the failure on that scenario's test case. The other note passed.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] notes/failing.md:7: scenario busy: @expect ret == 2 failed: `ret == 2`: left side is 1, right side 2')
assert log.contains('[INFO] tracenotes run: 2 notes, 4 runs: 3 passed, 1 failed')
assert log.contains('BUILD FAILURE')
assert log.contains('tracenotes run: 1 of 4 runs failed')

def reports = new File(basedir, 'target/surefire-reports')
assert reports.list().toList().sort() == ['TEST-tracenotes-clean.xml', 'TEST-tracenotes-failing.xml']
def suite = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-tracenotes-failing.xml'))
assert suite.@tests == '2'
assert suite.@failures == '1'
def busy = suite.testcase.find { it.@name == 'busy' }
assert busy.failure.@type == 'expectation-failed'
assert busy.failure.@message.text().startsWith('line 7: @expect ret == 2 failed (')
assert busy.failure.text().contains('notes/failing.md:7: @expect ret == 2: ')
assert suite.testcase.find { it.@name == 'idle' }.failure.size() == 0
def clean = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-tracenotes-clean.xml'))
assert clean.@tests == '2' && clean.@failures == '0' && clean.@errors == '0'
return true
