// 'prepbook new' into an empty folder, then its files over this one (the pom included), so that
// Maven builds exactly what a career center would get.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def made = basedir.toPath().resolve('target/new')
org.prepbook.scaffold.Scaffold.create(made, org.prepbook.cli.BatchJvm.FLAGS)
Files.walk(made).filter { Files.isRegularFile(it) }.each { source ->
    def target = basedir.toPath().resolve(made.relativize(source).toString())
    Files.createDirectories(target.parent)
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
}
return true
