// An error-level finding fails the build: the finding is logged as [ERROR] file:line:col: message [rule],
// then the one-line summary is the build's failure message. The clean note beside it logs nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] notes/bad.md:4:1: scenario broken: unknown key `colour`; valid keys:')
assert log =~ /\[ERROR\] notes\/bad\.md:4:1: .* \[invalid-scenario\]/
assert !log.contains('notes/clean.md:')
assert log.contains('[INFO] linted 2 notes: 1 error, 0 warnings, 0 infos')
assert log.contains('BUILD FAILURE')
assert log.contains('tracenotes lint: 1 error, 0 warnings in 2 notes (failOn error)')
return true
