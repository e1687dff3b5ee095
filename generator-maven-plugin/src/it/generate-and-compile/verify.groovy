// The plugin generated every type into the default folders, the compiler saw them (so the source
// root was registered) and the type index was copied as a resource.
def sources = new File(basedir, 'target/generated-sources/schemaforge/com/example/pets')
def classes = new File(basedir, 'target/classes/com/example/pets')
def log = new File(basedir, 'build.log').text

['Person', 'PersonRole', 'Address', 'Pet', 'Owner'].each { type ->
    assert new File(sources, type + '.java').isFile() : "missing generated source ${type}.java"
    assert new File(classes, type + '.class').isFile() : "missing compiled class ${type}.class"
}
assert new File(basedir, 'target/generated-resources/schemaforge/META-INF/schemaforge/types.json').isFile()
assert new File(basedir, 'target/classes/META-INF/schemaforge/types.json').isFile()
// the writer's manifest is bookkeeping, not a resource of the user's jar
assert !new File(basedir, 'target/classes/.schemaforge-files').exists()
assert new File(basedir, 'target/schemaforge/generate.sha256').isFile()
assert log =~ /Generated \d+ types into .*generated-sources.schemaforge \(written \d+, unchanged 0, deleted 0\)/
return true
