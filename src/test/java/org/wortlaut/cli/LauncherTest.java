package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which JVM bin/wortlaut starts, and with which cache: it runs in a copy of the project's layout
 * where every "java" is a script that prints who it is and its arguments.
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
        fakeJava("java17");
        fakeJava("java25");
    }

    @AfterEach
    void remove() throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void fakeJava(String name) throws IOException {
        Path java = home.resolve(name);
        Files.writeString(java, "#!/bin/sh\necho " + name + " \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String launch(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/wortlaut").toString(), "annotate", "a.txt")
            .redirectErrorStream(true);
        builder.environment().remove("WORTLAUT_JAVA");
        builder.environment().remove("WORTLAUT_MAIN");
        builder.environment().remove("WORTLAUT_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output.replace(home.toString(), "HOME");
    }

    private void aheadOfTimeCacheMadeBy(String java) throws IOException {
        Files.writeString(home.resolve("target/wortlaut.aot"), "");
        Files.writeString(home.resolve("target/wortlaut.aot.java"), home.resolve(java) + "\n");
    }

    @Test
    void withTheAheadOfTimeCacheTheJvmThatMadeItStartsWithIt() throws Exception {
        aheadOfTimeCacheMadeBy("java25");
        Files.writeString(home.resolve("target/wortlaut.jsa"), "");
        assertEquals("java25 @HOME/bin/jvm.options -XX:AOTCache=HOME/target/wortlaut.aot -Xlog:aot=off -Xlog:cds=off "
            + "--enable-native-access=ALL-UNNAMED -jar HOME/target/wortlaut.jar annotate a.txt",
            launch(Map.of("JAVA_HOME", "/nowhere")));
    }

    @Test
    void anotherJvmChosenByTheUserGetsTheClassDataArchiveInstead() throws Exception {
        aheadOfTimeCacheMadeBy("java25");
        Files.writeString(home.resolve("target/wortlaut.jsa"), "");
        assertEquals("java17 @HOME/bin/jvm.options -XX:SharedArchiveFile=HOME/target/wortlaut.jsa -Xlog:cds=off "
            + "-Xlog:cds+dynamic=off -jar HOME/target/wortlaut.jar annotate a.txt",
            launch(Map.of("WORTLAUT_JAVA", home.resolve("java17").toString())));
    }

    @Test
    void withoutACacheJavaHomeRunsTheJarAsBefore() throws Exception {
        Path bin = Files.createDirectories(home.resolve("jdk17/bin"));
        Files.move(home.resolve("java17"), bin.resolve("java"));
        assertEquals("java17 @HOME/bin/jvm.options -jar HOME/target/wortlaut.jar annotate a.txt",
            launch(Map.of("JAVA_HOME", home.resolve("jdk17").toString())));
    }

    @Test
    void aMainClassIsStartedFromTheJarsClassPath() throws Exception {
        aheadOfTimeCacheMadeBy("java25");
        List<String> words = List.of(launch(Map.of("WORTLAUT_MAIN", "org.wortlaut.cli.CoreNlpBaselineRun")).split(" "));
        assertEquals(List.of("-cp", "HOME/target/wortlaut.jar", "org.wortlaut.cli.CoreNlpBaselineRun", "annotate", "a.txt"),
            words.subList(words.size() - 5, words.size()));
    }
}
