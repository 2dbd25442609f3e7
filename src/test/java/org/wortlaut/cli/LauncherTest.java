package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What bin/wortlaut starts: it runs in a copy of the project's layout where "java" is a script
 * that prints its arguments.
 */
class LauncherTest {

    private Path home;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createTempDirectory("wortlaut-launcher");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("bin", "wortlaut"), home.resolve("bin/wortlaut"));
        Files.writeString(home.resolve("bin/jvm.options"), "-Xmx1g\n");
        Files.writeString(home.resolve("target/wortlaut.jar"), "");
        Path bin = Files.createDirectories(home.resolve("jdk/bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho java \"$@\"\n");
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private String launch(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/wortlaut").toString(), "annotate", "a.txt")
            .redirectErrorStream(true);
        builder.environment().remove("WORTLAUT_MAIN");
        builder.environment().remove("WORTLAUT_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", home.resolve("jdk").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output.replace(home.toString(), "HOME");
    }

    @Test
    void theJarRunsWithTheClassDataArchiveTheBuildMade() throws Exception {
        Files.writeString(home.resolve("target/wortlaut.jsa"), "");
        assertEquals("java @HOME/bin/jvm.options -XX:SharedArchiveFile=HOME/target/wortlaut.jsa -Xlog:cds=off "
            + "-Xlog:cds+dynamic=off -jar HOME/target/wortlaut.jar annotate a.txt", launch(Map.of()));
    }

    @Test
    void withoutAnArchiveTheJarRunsAsBefore() throws Exception {
        assertEquals("java @HOME/bin/jvm.options -jar HOME/target/wortlaut.jar annotate a.txt", launch(Map.of()));
    }

    @Test
    void aMainClassIsStartedFromTheJarsClassPath() throws Exception {
        assertEquals("java @HOME/bin/jvm.options -cp HOME/target/wortlaut.jar org.wortlaut.cli.CoreNlpBaselineRun "
            + "annotate a.txt", launch(Map.of("WORTLAUT_MAIN", "org.wortlaut.cli.CoreNlpBaselineRun")));
    }
}
