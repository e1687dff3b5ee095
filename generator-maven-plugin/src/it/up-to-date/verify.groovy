// Proof that the second build touched nothing the first one generated:
//  1. its log says so: the first build generated, the second found everything up to date;
//  2. file times: the state file is written last by a generating run, so no generated file may be
//     younger than it; and it must be older than the classes the second build compiled,
//     otherwise the second build would have rewritten it (a generating run always does).
// Both builds append to the same build.log, in order.
def log = new File(basedir, 'build.log').text
def generated = log.indexOf(' types into ')
def upToDate = log.indexOf('Generated sources are up to date')
assert generated >= 0 : 'the first build did not generate'
assert upToDate > generated : 'the second build was not up to date'
assert log.count('Generated sources are up to date') == 1
assert log.count(' types into ') == 1

def state = new File(basedir, 'target/schemaforge/generate.state')
assert state.isFile()
def outputs = []
['target/generated-sources/schemaforge', 'target/generated-resources/schemaforge'].each {
    new File(basedir, it).eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
}
assert outputs.size() >= 4
outputs.each { assert it.lastModified() <= state.lastModified() : "${it} was written after the state" }

// the second build still registered the source root and the resource folder
def person = new File(basedir, 'target/classes/com/example/people/Person.class')
assert person.isFile()
assert new File(basedir, 'target/classes/META-INF/schemaforge/types.json').isFile()
assert state.lastModified() < person.lastModified() : 'the state was rewritten by the second build'
return true
