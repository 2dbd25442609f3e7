package org.wortlaut.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name beside its target ({@code NAME.part}) and moved into
 * place on {@link #commit}, so that a killed run never leaves a half-written file under the
 * final name. A resumed run reopens the temporary file cut back to its last complete state.
 */
final class AtomicFile {

    private final Path target;
    private final Path partial;
    private final Writer writer;

    /** A new, empty file. */
    AtomicFile(Path target) throws IOException {
        this(target, 0);
    }

    /** The temporary file cut to its first {@code keepBytes} bytes (0: a new, empty one). */
    AtomicFile(Path target, long keepBytes) throws IOException {
        this.target = target;
        this.partial = partialOf(target);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (keepBytes > 0) {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.truncate(keepBytes);
            }
        }
        StandardOpenOption mode = keepBytes > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        this.writer = new BufferedWriter(new OutputStreamWriter(
            Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode),
            StandardCharsets.UTF_8));
    }

    static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    Writer writer() {
        return writer;
    }

    /** Flushes and returns the bytes written so far. */
    long flush() throws IOException {
        writer.flush();
        return Files.size(partial);
    }

    /**
     * Closes the temporary file without moving it into place, for a run that did not finish: a
     * resumed run continues it. A failure to flush the last bytes is no loss, as the progress log
     * records only complete articles.
     */
    void abandon() {
        try {
            writer.close();
        } catch (IOException e) {
            return;
        }
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
