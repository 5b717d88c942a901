// The notes lint clean: the build passed (the invoker checks that), the summary says so, no finding was logged.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] linted 1 note: 0 errors, 0 warnings, 0 infos; SARIF in target/tracenotes/lint.sarif')
assert !(log =~ /\[(ERROR|WARNING)\] docs\/notes\//)
assert new File(basedir, 'target/tracenotes/lint.sarif').isFile()
return true
