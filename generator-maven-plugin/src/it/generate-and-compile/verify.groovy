// The plugin generated every type into the default folders, the compiler saw them (so the source
// root was registered), the type index was copied as a resource and so were the schemas it names.
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
assert new File(basedir, 'target/schemaforge/generate.state').isFile()
assert log =~ /Generated \d+ types into .*generated-sources.schemaforge \(written \d+, unchanged 0, deleted 0\)/

// Every schema document generation read is bundled beside the type index, byte for byte: the
// selected inputs under schemas/, the document the mapped remote $ref reached under mapped/0/.
def bundle = new File(basedir, 'target/classes/META-INF/schemaforge')
[
    'schemas/person.schema.json'    : 'src/main/schemas/person.schema.json',
    'schemas/api/petstore.yaml'     : 'src/main/schemas/api/petstore.yaml',
    'mapped/0/address.schema.json'  : 'remote-schemas/address.schema.json',
].each { copy, original ->
    def bundled = new File(bundle, copy)
    assert bundled.isFile() : "missing bundled schema ${copy}"
    assert bundled.bytes == new File(basedir, original).bytes : "${copy} differs from ${original}"
}
assert log.contains('Bundled 3 schema documents into ')

def json = new groovy.json.JsonSlurper()
def descriptor = json.parse(new File(bundle, 'catalog.json'))
assert descriptor.defaultDialect == '2020-12'
assert descriptor.roots == ['mapped/0', 'schemas']
assert descriptor.mappings == ['https://schemas.example.com/': 'mapped/0']
assert descriptor.files == ['mapped/0/address.schema.json', 'schemas/api/petstore.yaml', 'schemas/person.schema.json']

// each type's document is there: below schemas/, or (for the mapped Address) below its mapped root
def types = json.parse(new File(bundle, 'types.json')).types
assert types['com.example.pets.Person'].document == 'person.schema.json'
assert new File(bundle, 'schemas/' + types['com.example.pets.Pet'].document).isFile()
types.each { name, source ->
    assert descriptor.roots.any { root -> new File(bundle, root + '/' + source.document).isFile() } :
            "${name}: ${source.document} is not bundled"
}
return true
