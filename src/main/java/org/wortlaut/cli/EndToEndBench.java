package org.wortlaut.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times the command line as a user runs it: every run a JVM of its own, started by the launcher
 * {@code bin/wortlaut} (its JVM, options, cache or archive), its wall time, CPU time (all
 * threads), the JIT compilers' share of it and its peak resident memory read from {@code /proc}
 * while it runs. The runs of all configurations alternate, round after round, so that a change in
 * the machine's load falls on all of them alike.
 */
final class EndToEndBench {

    /** How often a running child's CPU and memory are read. */
    private static final long POLL_MILLIS = 50;

    /**
     * One way to start a child JVM, measured {@code runs} times.
     *
     * @param mainClass the class the launcher starts, or null for the command line
     * @param output    the file the child writes, or null; it and its companions (errors,
     *                  progress) are removed before every run, so that each run starts afresh
     * @param firstRequest for a server: the request whose first answer ends the run (the server is
     *                  then stopped), or null for a run that ends by itself
     */
    record Config(String name, int articles, String mainClass, List<String> arguments, Path output,
                  FirstRequest firstRequest) {
        static Config run(String name, int articles, String mainClass, List<String> arguments, Path output) {
            return new Config(name, articles, mainClass, arguments, output, null);
        }
    }

    /** A request sent to a starting server until it answers 200: the time a user waits for a first answer. */
    record FirstRequest(URI uri, String contentType, byte[] body) {
    }

    /** What one child run cost. CPU and memory are NaN where {@code /proc} cannot be read. */
    record Sample(double wallSeconds, double cpuSeconds, double jitSeconds, double peakRssMegabytes) {
    }

    private final Path launcher;
    private final Path work;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * @param launcher {@code bin/wortlaut}
     * @param work     a folder for the children's output and logs
     */
    EndToEndBench(Path launcher, Path work, PrintStream log) {
        this.launcher = launcher;
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
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(config.arguments());
        Path childLog = work.resolve("child.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(childLog.toFile());
        if (config.mainClass() != null) {
            builder.environment().put("WORTLAUT_MAIN", config.mainClass());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        Usage usage = new Usage(process.pid());
        if (config.firstRequest() != null) {
            return firstAnswer(config, process, usage, started, childLog);
        }
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            usage.read();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(config.name() + " exited with " + process.exitValue() + ":\n"
                + Files.readString(childLog, StandardCharsets.UTF_8));
        }
        return new Sample(wall, usage.cpuSeconds(), usage.jitSeconds(), usage.peakRssMegabytes());
    }

    /** Sends the request until the server answers 200, then stops the server; the time is the wait for that answer. */
    private Sample firstAnswer(Config config, Process process, Usage usage, long started, Path childLog)
        throws IOException, InterruptedException {
        FirstRequest first = config.firstRequest();
        HttpRequest request = HttpRequest.newBuilder(first.uri()).timeout(Duration.ofMinutes(2))
            .header("Content-Type", first.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(first.body())).build();
        try {
            while (true) {
                usage.read();
                if (!process.isAlive()) {
                    throw new IllegalStateException(config.name() + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(childLog, StandardCharsets.UTF_8));
                }
                int status = 0;
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notListeningYet) {
                    // the server is still starting: ask again
                }
                if (status == 200) {
                    double wall = (System.nanoTime() - started) / 1e9;
                    usage.read();
                    return new Sample(wall, usage.cpuSeconds(), usage.jitSeconds(), usage.peakRssMegabytes());
                }
                if (status != 0 && status != 503) {
                    throw new IllegalStateException(config.name() + ": the server answered " + status);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
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
