// The build goal succeeds (the content is valid), then the check goal fails on the broken link,
// naming file, line and column, with a suggestion.
String log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/stages/phone-screen.md:15:46: broken link '/aks/': no such page or file (on /stages/phone-screen/)")
assert log.contains("[ERROR]     hint: did you mean '/asks/'?")
assert log.contains('prepbook found 1 problem in the handbook')
// A user's mistake is reported, never a Java stack trace.
assert !log.contains('at org.prepbook.')
return true
