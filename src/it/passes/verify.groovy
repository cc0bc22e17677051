// The handbook was built and checked, and nothing was reported.
File site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'stages/phone-screen/index.html').isFile()
assert new File(site, 'questions/why-this-company/index.html').isFile()
String log = new File(basedir, 'build.log').text
assert log.contains('Built 16 pages into target/site')
assert log.contains('Checked 17 pages: no problems')
assert !log.contains('[ERROR]')
return true
