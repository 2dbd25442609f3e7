package org.wortlaut.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A lock file beside a run's output holding the process id of the run that writes it, so that a
 * second run on the same output is refused instead of mixing its articles into the first one's.
 * A lock whose process is gone (a killed run) is taken over.
 */
public final class RunLock implements AutoCloseable {

    private final Path file;

    private RunLock(Path file) {
        this.file = file;
    }

    /** Thrown when a live process holds the lock. */
    public static final class HeldException extends Exception {
        public HeldException(String message) {
            super(message);
        }
    }

    /**
     * @param log told when a stale lock of a dead process is taken over
     */
    public static RunLock acquire(Path file, Consumer<String> log) throws IOException, HeldException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        long self = ProcessHandle.current().pid();
        while (true) {
            try {
                Files.writeString(file, self + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                return new RunLock(file);
            } catch (FileAlreadyExistsException e) {
                long owner = owner(file);
                if (owner > 0 && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new HeldException("another run (process " + owner + ") is writing to this output; its lock is "
                        + file + ": wait for it to end, or choose another --out");
                }
                log.accept("taking over the lock " + file + (owner > 0 ? " of process " + owner : "")
                    + ", which is no longer running");
                Files.deleteIfExists(file);
            }
        }
    }

    /** The process id in the lock file, or 0 when it holds none (a lock written half). */
    private static long owner(Path file) throws IOException {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException | NoSuchFileException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
