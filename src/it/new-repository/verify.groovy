// The scaffold's pom, content and theme built and checked with no problem.
String log = new File(basedir, 'build.log').text
assert new File(basedir, '.github/workflows/handbook.yml').isFile()
assert new File(basedir, 'target/site/index.html').isFile()
assert new File(basedir, 'target/site/stages/phone-screen/index.html').isFile()
assert log.contains('Built 15 pages into target/site')
assert log.contains('Checked 16 pages: no problems')
assert !log.contains('[ERROR]')
return true
