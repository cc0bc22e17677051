// The build goal fails on the broken link (every build checks its pages), naming file, line and
// column, quoting the line, with a suggestion; the previous site is not replaced.
String log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/stages/phone-screen.md:15:46: broken link '/aks/': no such page or file (on /stages/phone-screen/)")
assert log.contains("[ERROR]     15 | conversation. Prepare the [questions to ask](/aks/) before you dial.")
assert log.contains("[ERROR]     hint: did you mean '/asks/'?")
assert log.contains("[ERROR]     hint: fix what is listed above, or set 'broken_links: warn' under 'options:' in site.yaml to build with warnings")
assert log.contains('Failed to execute goal org.prepbook:prepbook:')
assert log =~ /prepbook:[^ ]+:build \(default\)/
assert !new File(basedir, 'target/site/index.html').exists()
assert log.contains('prepbook found 1 problem in the handbook')
// A user's mistake is reported, never a Java stack trace.
assert !log.contains('at org.prepbook.')
return true
