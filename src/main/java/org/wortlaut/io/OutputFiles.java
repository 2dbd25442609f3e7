package org.wortlaut.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a run writes, with a progress log beside them so that a killed run can resume. After
 * each document the files are flushed and a line "source, size of each file" is appended to the
 * log; resuming cuts every file back to the sizes of the last complete line and skips the
 * sources listed. Committing moves the files into place and deletes the log.
 */
final class OutputFiles {

    /** The progress log of a run into a directory. */
    static final String PROGRESS_LOG = ".wortlaut-progress";

    private final Path progressLog;
    private final List<AtomicFile> files = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    private final Writer log;
    private boolean resumed;

    /**
     * @param resume continue from the progress log if there is one; otherwise start afresh
     */
    OutputFiles(Path progressLog, List<Path> targets, boolean resume) throws IOException {
        this.progressLog = progressLog;
        long[] sizes = resume ? readLog(targets.size()) : new long[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            files.add(new AtomicFile(targets.get(i), sizes[i]));
        }
        Path parent = progressLog.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.log = Files.newBufferedWriter(progressLog, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Whether {@code targets} hold a finished run: all of them are there and no progress log says
     * a run into them is unfinished.
     */
    static boolean isFinished(Path progressLog, List<Path> targets) {
        return !targets.isEmpty() && !Files.exists(progressLog) && targets.stream().allMatch(Files::isRegularFile);
    }

    /** The sizes of the last complete line of the log, remembering the sources it lists. */
    private long[] readLog(int fileCount) throws IOException {
        long[] sizes = new long[fileCount];
        if (!Files.exists(progressLog)) {
            return sizes;
        }
        for (String line : Files.readAllLines(progressLog, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t", -1);
            if (columns.length != fileCount + 2 || !columns[columns.length - 1].equals("ok")) {
                break;
            }
            for (int i = 0; i < fileCount; i++) {
                sizes[i] = Long.parseLong(columns[i + 1]);
            }
            resumed = true;
            if (!columns[0].isEmpty()) {
                done.add(columns[0]);
            }
        }
        return sizes;
    }

    Writer writer(int index) {
        return files.get(index).writer();
    }

    boolean isDone(String source) {
        return done.contains(source);
    }

    /** Records that everything of {@code source} is written (an empty source: the headers). */
    void written(String source) throws IOException {
        StringBuilder line = new StringBuilder(source.replace('\t', ' ').replace('\n', ' '));
        for (AtomicFile file : files) {
            line.append('\t').append(file.flush());
        }
        log.write(line.append("\tok\n").toString());
        log.flush();
    }

    /** Whether the files continue a killed run (so headers are written already). */
    boolean isResumed() {
        return resumed;
    }

    /** Leaves the files and the progress log of an unfinished run as they are, for {@code --resume}. */
    void abandon() {
        for (AtomicFile file : files) {
            file.abandon();
        }
        try {
            log.close();
        } catch (IOException e) {
            return;
        }
    }

    void commit() throws IOException {
        for (AtomicFile file : files) {
            file.commit();
        }
        log.close();
        Files.deleteIfExists(progressLog);
    }
}
