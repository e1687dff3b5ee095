package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./schemaforge} launcher script, run as a user runs it, on the jar this build packaged
 * (failsafe runs this after {@code package}). The README's quickstart goes through this script, so
 * these tests keep that command true.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("schemaforge");
    private static final Path CDS_FOLDER = ROOT.resolve("cli/target/cds");
    private static final String VALID = "schemas/sso/examples/valid/connection-oidc-okta.json";
    private static final String CONNECTION = "schemas/sso/connection.schema.json";
    private static final String PREPARING = "preparing a class data sharing archive";

    @TempDir
    Path temp;

    /** What one launcher run printed and how it ended. */
    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void theReadmeQuickstartPrintsWhatTheReadmeShowsWithoutRebuilding() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher quickstart = Pattern.compile(
                "```sh\\n(\\./schemaforge validate [^\\n]*)\\n```\\s*\\n```\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(quickstart.find()).as("the README's quickstart command and its output").isTrue();
        List<String> command = new ArrayList<>(Arrays.asList(quickstart.group(1).split(" ")));
        command.set(0, LAUNCHER.toString());

        Run run = run(command, ROOT, Map.of());

        assertThat(run.err()).doesNotContain("building the CLI");
        assertThat(run.out()).isEqualTo(quickstart.group(2));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aSymlinkFromAnotherFolderFindsTheCheckoutAlsoWhereReadlinkHasNoDashF() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("schemaforge"), LAUNCHER);
        // readlink as macOS had it before 12.3: plain readlink works, -f is an illegal option
        Path readlink = script(bin.resolve("readlink"), """
                #!/bin/sh
                if [ "$1" = "-f" ]; then echo "readlink: illegal option -- f" >&2; exit 1; fi
                exec %s "$@"
                """.formatted(onPath("readlink")));
        assertThat(readlink).isExecutable();

        Run run = run(List.of(link.toString(), "validate", "--schemas", ROOT.resolve("schemas").toString(),
                "--schema", ROOT.resolve(CONNECTION).toString(), ROOT.resolve(VALID).toString()), temp,
                Map.of("PATH", bin + ":" + System.getenv("PATH")));

        Files.delete(link); // JUnit would warn about a link to outside its folder
        assertThat(run.err()).doesNotContain("illegal option");
        assertThat(run.out()).isEqualTo("1 payload valid" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void withoutTheArchiveARunPrintsTheSameAndMakesNone() throws Exception {
        List<String> validate = List.of(LAUNCHER.toString(), "validate", "--schemas", "schemas", "--schema",
                CONNECTION, "schemas/sso/examples");
        Path otherJava = javaWrapper();
        Map<String, String> noArchive = Map.of("SCHEMAFORGE_CDS", "0", "JAVA_HOME", otherJava.toString());

        Run with = run(validate, ROOT, Map.of());
        Run without = run(validate, ROOT, noArchive);

        assertThat(without.out()).isEqualTo(with.out()).contains("payloads invalid");
        assertThat(without.exitCode()).isEqualTo(with.exitCode()).isEqualTo(1);
        assertThat(without.err()).doesNotContain(PREPARING);
        assertThat(archivesOf(otherJava)).isEmpty();
    }

    @Test
    void eachJavaKeepsItsOwnArchiveSoTakingTurnsDoesNotRemakeThem() throws Exception {
        List<String> version = List.of(LAUNCHER.toString(), "--version");
        Path otherJava = javaWrapper();
        try {
            run(version, ROOT, Map.of());
            Run otherFirst = run(version, ROOT, Map.of("JAVA_HOME", otherJava.toString()));
            assertThat(otherFirst.err()).contains(PREPARING);

            for (int turn = 0; turn < 2; turn++) {
                Run usual = run(version, ROOT, Map.of());
                Run other = run(version, ROOT, Map.of("JAVA_HOME", otherJava.toString()));
                assertThat(usual.err()).doesNotContain(PREPARING);
                assertThat(other.err()).doesNotContain(PREPARING);
                assertThat(other.out()).isEqualTo(usual.out()).startsWith("schemaforge ");
            }
            assertThat(archivesOf(otherJava)).hasSize(2); // its archive and the key it was made for
        } finally {
            for (Path archive : archivesOf(otherJava)) {
                Files.delete(archive);
            }
        }
    }

    @Test
    void aJavaHomeWithoutJavaEndsWithExitCode3AndSaysWhy() throws Exception {
        Run run = run(List.of(LAUNCHER.toString(), "--version"), ROOT,
                Map.of("JAVA_HOME", temp.resolve("no-jdk-here").toString()));

        assertThat(run.err()).contains("no Java found; install a JDK 17+ or set JAVA_HOME");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(3);
    }

    /**
     * A JAVA_HOME whose java is a script starting this JVM's java: to the launcher another Java, as its
     * real path differs.
     */
    private Path javaWrapper() throws IOException {
        Path home = temp.resolve("other-jdk");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        script(Files.createDirectories(home.resolve("bin")).resolve("java"),
                "#!/bin/sh\nexec '%s' \"$@\"\n".formatted(java));
        return home;
    }

    /** The archive files the launcher keeps for the java under {@code javaHome}. */
    private static List<Path> archivesOf(Path javaHome) throws IOException {
        String name = "schemaforge" + javaHome.resolve("bin/java").toRealPath().toString()
                .replaceAll("[^A-Za-z0-9.-]", "_") + ".jsa";
        if (!Files.isDirectory(CDS_FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(CDS_FOLDER)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name)).sorted().toList();
        }
    }

    private static Path script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static String onPath(String command) {
        return Stream.of(System.getenv("PATH").split(":"))
                .map(folder -> Path.of(folder, command))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError(command + " is not on the PATH"))
                .toString();
    }

    /**
     * Runs a command with this JVM's Java as JAVA_HOME (unless {@code env} names another) and none of
     * the launcher's settings from the calling shell.
     */
    private static Run run(List<String> command, Path folder, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("SCHEMAFORGE_JAVA_OPTS");
        builder.environment().remove("SCHEMAFORGE_CDS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the launcher did not end within 5 minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
