package org.wortlaut.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error while articles are written; silent when that is no terminal. */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @param total the articles expected, for the percentage and the time left */
    static Progress onStandardError(long total) {
        if (!standardErrorIsTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
            .setTaskName("annotate")
            .setInitialMax(total > 0 ? total : -1)
            .setUnit(" articles", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build());
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** On Linux the descriptor tells; elsewhere a console means a terminal. */
    private static boolean standardErrorIsTerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(descriptor)) {
                String target = Files.readSymbolicLink(descriptor).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
        return System.console() != null;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
