package org.wortlaut.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.wortlaut.io.InputReader;

/**
 * The job's input files. Files on the local file system keep the paths the command line would
 * give them (a directory's files in path order), so that sources and ids equal the CLI's; files
 * on any other file system Hadoop reads (HDFS, S3, ...) are named by their URI and read through a
 * local copy. Parquet files are read by Spark itself; every other file by the CLI's reader.
 */
final class InputFiles {

    /** @param records files the CLI's reader takes; @param parquet Parquet files */
    record Listing(List<String> records, List<String> parquet) {
    }

    /** A URI's scheme; two letters at least, so that a Windows drive is no scheme. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    private InputFiles() {
    }

    static boolean isParquet(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    static Listing list(List<String> inputs, Configuration hadoop) throws IOException {
        List<String> records = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String input : inputs) {
            for (String file : isLocal(input) ? listLocal(Path.of(localPath(input))) : listRemote(input, hadoop)) {
                (isParquet(file) ? parquet : records).add(file);
            }
        }
        return new Listing(records, parquet);
    }

    private static boolean isLocal(String input) {
        Matcher scheme = SCHEME.matcher(input);
        return !scheme.find() || scheme.group(1).equalsIgnoreCase("file");
    }

    private static String localPath(String input) {
        return input.startsWith("file:") ? URI.create(input).getPath() : input;
    }

    private static List<String> listLocal(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input.toString());
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile)
                .filter(f -> InputReader.isSupported(f) || isParquet(f.toString()))
                .sorted().map(Path::toString).toList();
        }
    }

    private static List<String> listRemote(String input, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.getFileStatus(path).isDirectory()) {
            return List.of(path.toString());
        }
        List<String> files = new ArrayList<>();
        RemoteIterator<? extends FileStatus> listed = fs.listFiles(path, true);
        while (listed.hasNext()) {
            String file = listed.next().getPath().toString();
            if (InputReader.isSupported(Path.of(new org.apache.hadoop.fs.Path(file).getName())) || isParquet(file)) {
                files.add(file);
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * Reads one file on an executor, streaming: the items of a web archive of any size pass one at
     * a time. Records of web archives that are not articles are counted by reason at the end.
     */
    static Iterator<SparkInput> read(String file, int maxChars, BiConsumer<String, Integer> skipped) throws IOException {
        if (isLocal(file)) {
            return new Items(localPath(file), null, null, maxChars, skipped);
        }
        Path copyDirectory = Files.createTempDirectory("wortlaut-input");
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file);
        Path copy = copyDirectory.resolve(remote.getName());
        remote.getFileSystem(new Configuration()).copyToLocalFile(remote, new org.apache.hadoop.fs.Path(copy.toUri()));
        return new Items(copy.toString(), file, copyDirectory, maxChars, skipped);
    }

    /** The items of one file, its reader closed (and a local copy deleted) after the last. */
    private static final class Items implements Iterator<SparkInput> {
        private final InputReader reader;
        private final String path;
        private final String original;
        private final Path copyDirectory;
        private final BiConsumer<String, Integer> skipped;
        private boolean closed;

        Items(String path, String original, Path copyDirectory, int maxChars, BiConsumer<String, Integer> skipped) {
            this.reader = new InputReader(List.of(path), maxChars, new ByteArrayInputStream(new byte[0]));
            this.path = path;
            this.original = original;
            this.copyDirectory = copyDirectory;
            this.skipped = skipped;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (reader.hasNext()) {
                return true;
            }
            close();
            return false;
        }

        @Override
        public SparkInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SparkInput item = SparkInput.of(reader.next());
            return original == null ? item : item.withSource(path, original);
        }

        private void close() {
            closed = true;
            reader.close();
            reader.skipped().forEach(skipped);
            if (copyDirectory != null) {
                try {
                    Files.deleteIfExists(Path.of(path));
                    Files.deleteIfExists(copyDirectory);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
