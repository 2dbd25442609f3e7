package org.wortlaut.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target and moved into place on {@link
 * #commit}, so that a killed run never leaves a half-written file under the final name.
 */
final class AtomicFile {

    private final Path target;
    private final Path partial;
    private final Writer writer;

    AtomicFile(Path target) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8));
    }

    Writer writer() {
        return writer;
    }

    void commit() throws IOException {
        writer.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void write(Path target, String content) throws IOException {
        AtomicFile file = new AtomicFile(target);
        file.writer().write(content);
        file.commit();
    }
}
