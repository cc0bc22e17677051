// The build goal stops on invalid YAML, names file, line and column, and leaves no site behind.
String log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/questions/general.yaml:12:15: ': ' inside a value that is not in quotes")
// The offending line with a caret under the column, as in the terminal.
assert log.contains('[ERROR]     12 |   text: Result: what are you proudest of?')
assert log.contains('[ERROR]        |               ^')
assert log.contains('[ERROR]     hint: put the whole value in quotes: text: "Result: what are you proudest of?"')
assert !new File(basedir, 'target/site/index.html').exists()
// A user's mistake is reported, never a Java stack trace.
assert !log.contains('at org.prepbook.')
return true
