// The run goal is tested on a copy of the repository's annotated sample, taken fresh at each build.
def sample = new File(basedir, '../../../../samples/soft-offline.annotated.md').canonicalFile
assert sample.isFile() : "no sample at ${sample}"
def notes = new File(basedir, 'notes')
notes.mkdirs()
new File(notes, 'soft-offline.annotated.md').bytes = sample.bytes
return true
