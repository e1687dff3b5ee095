// The failure names the file with line:col and both dangling references, comes as a plain message
// (no stack trace of the catalog or the generator), and nothing was generated.
def log = new File(basedir, 'build.log').text
assert log.contains('003_7639e6acc02c8a23.txt:1:')
assert log.contains('api_sso_v1_ConnectionImplicitRoleAssignment')
assert log.contains('api_sso_v1_GroupImplicitRoleAssignment')
assert !log.contains('\tat dev.schemaforge')
// The ITs run with -e (showErrors), so Maven prints the MojoFailureException's own frames; the
// SchemaException must not come along as a cause, and no frame of the catalog or generator shows.
assert !(log =~ /(?m)^\s+at dev\.schemaforge\.(catalog|generator)\./)
assert !log.contains('Caused by: dev.schemaforge')
assert !new File(basedir, 'target/generated-sources').exists()
assert !new File(basedir, 'target/schemaforge/generate.state').exists()
return true
