// The failure names the parameter and the mapping as written (its folder resolved against the
// project) and says what is wrong, in the command line's words; nothing was generated.
def log = new File(basedir, 'build.log').text
assert log.contains('Invalid parameter mappings: <mapping><prefix>https://json.schemastore.org/</prefix><folder>')
assert log =~ /schemastore<\/folder><\/mapping>: \S+schemastore is no folder or file/
assert !(log =~ /(?m)^\s+at dev\.schemaforge\.(catalog|generator)\./)
assert !new File(basedir, 'target/generated-sources').exists()
assert !new File(basedir, 'target/schemaforge/generate.state').exists()
return true
