package org.wortlaut.io;

import java.io.IOException;
import java.nio.file.Path;
import org.wortlaut.model.Document;

/** Where annotated documents go. Nothing is final before {@link #close}. */
public interface DocumentWriter extends AutoCloseable {

    void write(Document document) throws IOException;

    /** Whether a resumed run wrote this article already (asked in input order). */
    default boolean isWritten(Document input) {
        return false;
    }

    /**
     * Ends a run that did not finish: what is written stays in the temporary files with the
     * progress log, so that {@code --resume} continues it, and nothing becomes final.
     */
    void abandon();

    /** Finishes the run: the files move into place. */
    @Override
    void close() throws IOException;

    /** The progress log that marks a run into {@code out} as unfinished: beside a file, inside a directory. */
    static Path progressLog(Path out, boolean directory) {
        return directory ? out.resolve(OutputFiles.PROGRESS_LOG) : out.resolveSibling(out.getFileName() + ".progress");
    }

    /** The lock file a run holds on {@code out}: beside a file, inside a directory. */
    static Path lockFile(Path out, boolean directory) {
        return directory ? out.resolve(".wortlaut-lock") : out.resolveSibling(out.getFileName() + ".lock");
    }
}
