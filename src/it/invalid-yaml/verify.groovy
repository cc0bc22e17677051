// The build goal stops on invalid YAML, names file, line and column, and leaves no site behind.
String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/questions/general.yaml:12:15: invalid YAML: mapping values are not allowed here')
assert log.contains('[ERROR]     hint: check indentation and quoting')
assert !new File(basedir, 'target/site/index.html').exists()
// A user's mistake is reported, never a Java stack trace.
assert !log.contains('at org.prepbook.')
return true
