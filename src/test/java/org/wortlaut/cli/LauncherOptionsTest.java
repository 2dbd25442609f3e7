package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bin/jvm.options, the options bin/wortlaut starts the JVM with, is an argument file this JVM takes. */
class LauncherOptionsTest {

    @Test
    void theLauncherCapsTheHeapAt1GigabyteAndTunesCollectorAndCompiler() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(), "@" + Path.of("bin", "jvm.options").toAbsolutePath(),
            "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String flags = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), flags);
        assertTrue(flags.matches("(?s).*\\bMaxHeapSize\\s+= 1073741824\\b.*"), "heap ceiling 1 GB");
        assertTrue(flags.matches("(?s).*\\bUseParallelGC\\s+= true\\b.*"), "parallel collector");
        assertTrue(flags.matches("(?s).*\\bMaxInlineLevel\\s+= 6\\b.*"), "less inlining");
        assertTrue(flags.matches("(?s).*\\bDontCompileHugeMethods\\s+= false\\b.*"), "CoreNLP's feature extractor compiled");
        assertTrue(flags.matches("(?s).*\\bTier4InvocationThreshold\\s+= 50000\\b.*"), "later optimisation");
    }
}
