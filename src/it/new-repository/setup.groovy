// 'prepbook new' into an empty folder, then its files over this one (the pom included), so that
// Maven builds exactly what a career center would get. The jar is the one this build shaded, as
// if the editor had run 'java -jar target/prepbook.jar new': the README then names it.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def jar = basedir.toPath().resolve('../../prepbook.jar').normalize()
assert Files.isRegularFile(jar): "the shaded jar is made in 'package', before the integration tests"
def made = basedir.toPath().resolve('target/new')
org.prepbook.scaffold.Scaffold.create(made, org.prepbook.cli.BatchJvm.FLAGS, Optional.of(jar))
Files.walk(made).filter { Files.isRegularFile(it) }.each { source ->
    def target = basedir.toPath().resolve(made.relativize(source).toString())
    Files.createDirectories(target.parent)
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
}
return true
