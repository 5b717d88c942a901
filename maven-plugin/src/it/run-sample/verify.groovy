// Every scenario of the annotated sample returns and every @expect holds: the build passes and the JUnit
// report lists one passing test case a scenario. The note without scenarios was passed over.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] tracenotes run: 1 note, 15 runs: 15 passed, 0 failed; reports in target/surefire-reports')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/surefire-reports')
assert reports.list().toList() == ['TEST-tracenotes-soft-offline.annotated.xml']
def suite = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-tracenotes-soft-offline.annotated.xml'))
assert suite.name() == 'testsuite'
assert suite.@name == 'tracenotes.soft-offline.annotated'
assert suite.@tests == '15'
assert suite.@failures == '0'
assert suite.@errors == '0'
assert suite.testcase.size() == 15
assert suite.testcase*.@name*.text().containsAll(['invalid-pfn', 'in-use-lru', 'thp'])
assert suite.testcase.every { it.@classname == 'tracenotes.soft-offline.annotated' && it.failure.size() == 0 }
assert suite.testcase.find { it.@name == 'in-use-lru' }.'system-out'.text().contains('outcome   returned 0')
return true
