package org.wortlaut.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the command line as a user runs it: every run a JVM of its own, started with the
 * launcher's settings ({@code bin/jvm.options} and the class-data archive beside the jar), its
 * wall time, CPU time (all threads), the JIT compilers' share of it and its peak resident memory
 * read from {@code /proc} while it runs. The runs of all configurations alternate, round after
 * round, so that a change in the machine's load falls on all of them alike.
 */
final class EndToEndBench {

    /** How often a running child's CPU and memory are read. */
    private static final long POLL_MILLIS = 50;

    /**
     * One way to start a child JVM, measured {@code runs} times.
     *
     * @param output the file the child writes, or null; it and its companions (errors, progress)
     *               are removed before every run, so that each run starts afresh
     */
    record Config(String name, int articles, List<String> arguments, Path output) {
    }

    /** What one child run cost. CPU and memory are NaN where {@code /proc} cannot be read. */
    record Sample(double wallSeconds, double cpuSeconds, double jitSeconds, double peakRssMegabytes) {
    }

    private final List<String> jvm;
    private final Path work;
    private final PrintStream log;

    /**
     * @param jvm  the java command with its options and class path, before the main class
     * @param work a folder for the children's output and logs
     */
    EndToEndBench(List<String> jvm, Path work, PrintStream log) {
        this.jvm = jvm;
        this.work = work;
        this.log = log;
    }

    /** Runs each configuration {@code runs} times, alternating, after one unmeasured warm-up run of the first. */
    Map<Config, List<Sample>> measure(List<Config> configs, int runs) throws IOException, InterruptedException {
        run(configs.get(0));
        Map<Config, List<Sample>> samples = new LinkedHashMap<>();
        configs.forEach(config -> samples.put(config, new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (int k = 0; k < configs.size(); k++) {
                // each round starts one configuration later, so none always runs first or last
                Config config = configs.get((k + round) % configs.size());
                log.printf(Locale.ROOT, "bench: round %d/%d: %s%n", round + 1, runs, config.name());
                samples.get(config).add(run(config));
            }
        }
        return samples;
    }

    /** Starts the child, follows its CPU and memory until it exits, and fails with its log when it fails. */
    Sample run(Config config) throws IOException, InterruptedException {
        removeOutput(config.output());
        List<String> command = new ArrayList<>(jvm);
        command.addAll(config.arguments());
        Path childLog = work.resolve("child.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(childLog.toFile()).start();
        Usage usage = new Usage(process.pid());
        while (!process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            usage.read();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(config.name() + " exited with " + process.exitValue() + ":\n"
                + Files.readString(childLog, StandardCharsets.UTF_8));
        }
        return new Sample(wall, usage.cpuSeconds(), usage.jitSeconds(), usage.peakRssMegabytes());
    }

    private static void removeOutput(Path output) throws IOException {
        if (output == null) {
            return;
        }
        String stem = output.getFileName().toString().replaceFirst("\\.jsonl$", "");
        try (var siblings = Files.list(output.toAbsolutePath().getParent())) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(stem + ".")).toList()) {
                Files.deleteIfExists(sibling);
            }
        }
    }

    /**
     * A child's use of the machine, from Linux's {@code /proc}: CPU per thread (kept per thread,
     * so that compiler threads that end early still count) and the resident-set high-water mark.
     */
    private static final class Usage {
        private static final double TICKS_PER_SECOND = 100.0;

        private final Path proc;
        private final Map<String, Double> threadCpu = new HashMap<>();
        private final Map<String, Boolean> threadIsJit = new HashMap<>();
        private double peakRssMegabytes = Double.NaN;
        private boolean readable = true;

        Usage(long pid) {
            this.proc = Path.of("/proc", Long.toString(pid));
        }

        void read() {
            if (!readable) {
                return;
            }
            try (var tasks = Files.list(proc.resolve("task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    readThread(task);
                }
                for (String line : Files.readAllLines(proc.resolve("status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peakRssMegabytes = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the child is gone between two reads, or this is no Linux: keep what was read
                readable = Files.isDirectory(proc);
            }
        }

        private void readThread(Path task) throws IOException {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            threadCpu.merge(task.getFileName().toString(), cpu, Math::max);
            threadIsJit.put(task.getFileName().toString(), name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler"));
        }

        double cpuSeconds() {
            return threadCpu.isEmpty() ? Double.NaN : threadCpu.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double jitSeconds() {
            return threadCpu.isEmpty() ? Double.NaN : threadCpu.entrySet().stream()
                .filter(e -> threadIsJit.get(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
        }

        double peakRssMegabytes() {
            return peakRssMegabytes;
        }
    }

    /** The median of the samples' values, with the smallest and largest. */
    record Spread(double median, double min, double max) {
        static Spread of(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
            double[] values = samples.stream().mapToDouble(value).sorted().toArray();
            int n = values.length;
            double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            return new Spread(median, values[0], values[n - 1]);
        }

        String format(int width) {
            String text = Double.isNaN(median) ? "n/a"
                : String.format(Locale.ROOT, "%.1f [%.1f–%.1f]", median, min, max);
            return String.format(Locale.ROOT, "%-" + width + "s", text);
        }
    }

    /** Whether two output files hold the same bytes. */
    static boolean sameBytes(Path a, Path b) throws IOException {
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
