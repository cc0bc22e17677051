// 1. The scaffold's pom, content and theme built and checked with no problem (the invoker's own run).
// 2. A fresh computer: an empty Maven repository in a home of its own. The README's commands,
//    exactly as written there, are run in a copy of the repository: before the install command,
//    Maven's error names the fix; after it, the handbook builds and checks; a broken link then
//    fails the build naming the file; 'mvn prepbook:serve' serves and stops cleanly on Ctrl-C.
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

String log = new File(basedir, 'build.log').text
assert new File(basedir, '.github/workflows/handbook.yml').isFile()
assert new File(basedir, 'target/site/index.html').isFile()
assert new File(basedir, 'target/site/stages/phone-screen/index.html').isFile()
assert log.contains('Built 16 pages into target/site')
assert log.contains('Checked 17 pages: no problems')
assert !log.contains('[ERROR]')

Path made = basedir.toPath().resolve('target/new')
String readme = made.resolve('README.md').toFile().text
// The commands of the README's shell blocks, without their comments.
List<String> commands = []
boolean inShell = false
readme.eachLine { line ->
    if (line.startsWith('```')) {
        inShell = line == '```sh'
    } else if (inShell && line.trim()) {
        commands << line.replaceFirst(/\s+#.*$/, '').trim()
    }
}
String install = commands.find { it.contains('install-file') }
assert install: "the README says how to install the plugin: $commands"
assert commands.contains('mvn verify') && commands.contains('mvn prepbook:serve'): commands

// A home of its own: Maven finds ~/.m2 through user.home. Its settings reach Maven Central through
// the developer's local repository first (no network needed for what is already there), which,
// like Central, serves no snapshots: prepbook's own snapshot is on this computer only once installed.
Path home = basedir.toPath().resolve('target/fresh-home')
Files.createDirectories(home.resolve('.m2/repository'))
String developerRepository = new File(System.getProperty('user.home'), '.m2/repository').toURI().toString()
home.resolve('.m2/settings.xml').toFile().text = """<settings><profiles><profile><id>developer</id>
<activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>developer</id><url>$developerRepository</url>
<snapshots><enabled>false</enabled></snapshots></repository></repositories>
<pluginRepositories><pluginRepository><id>developer</id><url>$developerRepository</url>
<snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
assert !Files.exists(home.resolve('.m2/repository/org/prepbook'))

Path work = basedir.toPath().resolve('target/fresh-repository')
Files.walk(made).filter { Files.isRegularFile(it) }.each { source ->
    def target = work.resolve(made.relativize(source).toString())
    Files.createDirectories(target.parent)
    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING)
}
String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path

def start = { String command ->
    // Split like a shell: words, or a single-quoted word.
    List<String> words = (command =~ /'[^']*'|\S+/).collect { it.startsWith("'") ? it[1..-2] : it }
    assert words[0] == 'mvn'
    ProcessBuilder pb = new ProcessBuilder([mvn] + words.drop(1)).directory(work.toFile()).redirectErrorStream(true)
    pb.environment().put('MAVEN_OPTS', '-Duser.home=' + home)
    return pb.start()
}
int runs = 0
def run = { String command ->
    Process p = start(command)
    // Maven colours its log even into a pipe; the words are what is checked.
    String out = p.inputStream.text.replaceAll(/\u001B\[[;\d]*m/, '')
    p.waitFor()
    new File(basedir, 'fresh-' + (++runs) + '-' + command.replaceAll(/[^a-z]+/, '-').take(40) + '.log').text = out
    return [p.exitValue(), out]
}

def (missingStatus, missing) = run('mvn verify')
assert missingStatus != 0
String missingError = missing.readLines().find { it.startsWith('[ERROR] Plugin org.prepbook:prepbook:') }
assert missingError?.contains('in prepbook-not-installed--see-README ('): missing

def (installStatus, installed) = run(install)
assert installStatus == 0: installed

def (verifyStatus, verified) = run('mvn verify')
assert verifyStatus == 0: verified
assert verified.contains('Built 16 pages into target/site')
assert verified.contains('Checked 17 pages: no problems')

File stage = work.resolve('content/stages/phone-screen.md').toFile()
stage.text = stage.text.replace('(/asks/)', '(/aks/)')
def (brokenStatus, broken) = run('mvn verify')
assert brokenStatus != 0
assert broken.contains("[ERROR] content/stages/phone-screen.md:15:46: broken link '/aks/': no such page or file (on /stages/phone-screen/)"): broken
assert broken.contains("[ERROR]     hint: did you mean '/asks/'?")
assert broken.contains("set 'broken_links: warn' under 'options:'")
assert !broken.contains('at org.prepbook.')
stage.text = stage.text.replace('(/aks/)', '(/asks/)')

// The preview, on a free port (8000 may be taken on a shared machine), stopped as Ctrl-C stops it.
Process serve = start('mvn prepbook:serve -Dprepbook.port=0')
def reader = new BufferedReader(new InputStreamReader(serve.inputStream))
StringBuilder served = new StringBuilder()
String address = null
long deadline = System.currentTimeMillis() + 120_000
while (address == null && System.currentTimeMillis() < deadline) {
    String line = reader.readLine()?.replaceAll(/\u001B\[[;\d]*m/, '')
    if (line == null) break
    served << line << '\n'
    def m = line =~ /Serving (http:\S+) \(press Ctrl-C to stop\)/
    if (m) address = m[0][1]
}
assert address: served
assert new URL(address + 'stages/phone-screen/').text.contains('questions to ask')
new ProcessBuilder('kill', '-INT', String.valueOf(serve.pid())).start().waitFor()
Thread.start { reader.eachLine { served << it.replaceAll(/\u001B\[[;\d]*m/, '') << '\n' } }
assert serve.waitFor(60, TimeUnit.SECONDS): "mvn prepbook:serve did not stop on SIGINT:\n$served"
Thread.sleep(500)
new File(basedir, 'fresh-serve.log').text = served.toString()
assert served.contains('prepbook: stopped serving'): served
assert !served.contains('Exception'): served
try {
    new URL(address).text
    assert false: 'the server still answers after Ctrl-C'
} catch (IOException expected) {
}
return true
